import { describe, expect, it } from 'vitest';
import { csvFilename, toCsv, type CsvCell } from './csv';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes, nothing else allowed. */
function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (isQuoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else {
        isQuoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\r') throw new Error(`text after a closing quote at ${i}`);
      }
    } else if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      isQuoted = true;
    } else if (ch === ',') endField();
    else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      endField();
      rows.push(row);
      row = [];
      i += 1;
    } else if (ch === '\n') throw new Error(`LF without CR at ${i}`);
    else field += ch;
    i += 1;
  }
  if (isQuoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('toCsv: RFC 4180', () => {
  it('separates fields with commas and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['name', 'score'],
        ['Ana', 3],
      ]),
    ).toBe('name,score\r\nAna,3\r\n');
  });

  it('is empty for no rows', () => {
    expect(toCsv([])).toBe('');
  });

  it('quotes fields holding a comma, a quote, CR or LF, doubling the quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'line\nbreak', 'car\rriage', 'both\r\n']])).toBe(
      '"a,b","say ""hi""","line\nbreak","car\rriage","both\r\n"\r\n',
    );
  });

  it('leaves other fields bare, accents and spaces included', () => {
    expect(toCsv([['Zoë Brontë', ' padded ', 'a=b', "it's"]])).toBe("Zoë Brontë, padded ,a=b,it's\r\n");
  });

  it('writes null and undefined as empty fields', () => {
    expect(toCsv([[null, 'x', undefined]])).toBe(',x,\r\n');
  });
});

describe('toCsv: numbers', () => {
  it('writes numbers as numbers, negatives included', () => {
    expect(toCsv([[0, 3.25, -0.5, -12, 1 / 4]])).toBe('0,3.25,-0.5,-12,0.25\r\n');
  });

  it('writes non-finite numbers as empty fields', () => {
    expect(toCsv([[Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]])).toBe(',,\r\n');
  });
});

describe('toCsv: spreadsheet formula injection', () => {
  it.each([
    ['=', '=1+1', "'=1+1"],
    ['+', '+1+1', "'+1+1"],
    ['-', '-5', "'-5"],
    ['@', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['tab', '\t=1+1', "'\t=1+1"],
    ['CR', '\r=1+1', '"\'\r=1+1"'],
  ])('puts an apostrophe before a text starting with %s', (_, cell, written) => {
    expect(toCsv([[cell]])).toBe(`${written}\r\n`);
  });

  it('escapes and then quotes a formula that holds commas and quotes', () => {
    expect(toCsv([['=HYPERLINK("http://x.test","a,b")']])).toBe('"\'=HYPERLINK(""http://x.test"",""a,b"")"\r\n');
  });

  it('escapes a negative number given as text but not one given as a number', () => {
    expect(toCsv([['-0.5', -0.5]])).toBe("'-0.5,-0.5\r\n");
  });

  it('leaves a formula character that is not first alone', () => {
    expect(toCsv([['a-b', '1+1', 'x@y.test']])).toBe('a-b,1+1,x@y.test\r\n');
  });
});

describe('toCsv: byte order mark', () => {
  it('starts with a UTF-8 BOM when asked, and not otherwise', () => {
    expect(toCsv([['é']], { bom: true })).toBe('\uFEFFé\r\n');
    expect(toCsv([['é']], { bom: false }).charCodeAt(0)).toBe('é'.charCodeAt(0));
    expect(toCsv([['é']]).startsWith('\uFEFF')).toBe(false);
  });
});

describe('toCsv: round trip', () => {
  it('reads back, through a strict RFC 4180 parser, as the cells written', () => {
    const rows: CsvCell[][] = [
      ['student', 'answer', 'score', 'note'],
      ['Zoë, "Z" Brontë', 'line one\r\nline two', 0.5, null],
      ['', '=cmd|" /C calc"!A0', -1, '"quoted"'],
      ['lf\nonly', ',', 12, undefined],
      ['-negative text', '@at', 0, '\ttab'],
    ];
    expect(parseCsv(toCsv(rows, { bom: true }))).toEqual([
      ['student', 'answer', 'score', 'note'],
      ['Zoë, "Z" Brontë', 'line one\r\nline two', '0.5', ''],
      ['', '\'=cmd|" /C calc"!A0', '-1', '"quoted"'],
      ['lf\nonly', ',', '12', ''],
      ["'-negative text", "'@at", '0', "'\ttab"],
    ]);
  });

  it('the test parser is strict: it rejects bare LF records and stray quotes', () => {
    expect(() => parseCsv('a\nb')).toThrow(/LF without CR/);
    expect(() => parseCsv('a"b"\r\n')).toThrow(/quote inside/);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/after a closing quote/);
  });
});

describe('csvFilename', () => {
  it('joins the parts in lowercase ASCII with hyphens and adds .csv', () => {
    expect(csvFilename('Gradebook', 'Année 2', '2025-01-31')).toBe('gradebook-annee-2-2025-01-31.csv');
    expect(csvFilename('Statistics', 'Quiz 3: Who says so?', 7)).toBe('statistics-quiz-3-who-says-so-7.csv');
  });

  it('drops accents and spells out letters that do not decompose', () => {
    expect(csvFilename('Größe Æsop Øre Łódź')).toBe('grosse-aesop-ore-lodz.csv');
  });

  it('removes path separators, dots, quotes and control characters', () => {
    expect(csvFilename('../../etc/passwd', 'a"b\r\nc', 'x\\y')).toBe('etc-passwd-a-b-c-x-y.csv');
  });

  it('skips empty or missing parts, and falls back to export.csv', () => {
    expect(csvFilename('', null, 'class', undefined, '***')).toBe('class.csv');
    expect(csvFilename()).toBe('export.csv');
    expect(csvFilename('日本語')).toBe('export.csv');
  });

  it('caps the name at 100 characters before the extension, without a trailing hyphen', () => {
    const name = csvFilename('a'.repeat(99), 'b');
    expect(name).toBe(`${'a'.repeat(99)}.csv`);
    expect(csvFilename('x'.repeat(300)).length).toBe(104);
  });

  it('avoids names Windows reserves', () => {
    expect(csvFilename('CON')).toBe('con-export.csv');
    expect(csvFilename('lpt1')).toBe('lpt1-export.csv');
    expect(csvFilename('console')).toBe('console.csv');
  });
});
