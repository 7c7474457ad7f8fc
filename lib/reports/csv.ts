// CSV for gradebook and statistics exports: RFC 4180, and safe to open in a spreadsheet.
// - Records end with CRLF (the last one too); a field holding a comma, a double quote, CR or LF is
//   wrapped in double quotes, with each double quote doubled.
// - CSV injection (OWASP): a text cell starting with = + - @ tab or CR would be read as a formula,
//   so it gets a leading apostrophe and shows as text. Student-typed answers reach these files.
//   A value passed as a number is written as a number (−0.5 stays -0.5) — only strings are text.
// - null and undefined are empty cells; so are NaN and ±Infinity, which no spreadsheet reads.
// - `{ bom: true }` starts the file with a UTF-8 byte order mark, without which Excel reads UTF-8
//   as the local code page and garbles accented names.

export type CsvCell = string | number | null | undefined;
export type CsvOptions = { bom?: boolean };

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => `${row.map(formatCell).join(',')}\r\n`).join('');
  return options.bom ? BOM + body : body;
}

function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const MAX_BASE_LENGTH = 100;
// Letters that Unicode decomposition does not reduce to ASCII.
const LATIN_EXTRAS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};
// Names Windows reserves whatever the extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name safe on every system and in a Content-Disposition header: the parts, lowercased and
 * reduced to ASCII letters and digits (accents dropped), joined by hyphens, at most 100 characters,
 * then ".csv". csvFilename('Gradebook', 'Année 2', '2025-01-31') is "gradebook-annee-2-2025-01-31.csv".
 */
export function csvFilename(...parts: (string | number | null | undefined)[]): string {
  const base = parts
    .filter((part) => part !== null && part !== undefined)
    .map((part) => slugify(String(part)))
    .filter((part) => part !== '')
    .join('-')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/-+$/, '');
  if (base === '') return 'export.csv';
  return WINDOWS_RESERVED.test(base) ? `${base}-export.csv` : `${base}.csv`;
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðþłı]/g, (letter) => LATIN_EXTRAS[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
