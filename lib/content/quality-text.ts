// Word-level helpers for the question-bank quality gate (quality.ts): the content words two prompts
// are compared by, the give-away words of true/false prompts, and the UK spellings the course avoids.

/** Words that say nothing about what a prompt asks, dropped before prompts are compared. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('the a an of to in on and or is are was were be by for with that this which what who does do did ' +
    'it its as at from according article says say said').split(' '),
);

/**
 * The content words of a prompt: lowercased tokens of letters, digits, apostrophes and hyphens,
 * without stop words, with a crude plural strip (a trailing "s" off words longer than 3 letters),
 * so "towns" and "town" count as one word.
 */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const token = match[0].replace(/^['’-]+|['’-]+$/g, '').replace(/’/g, "'");
    if (!/[\p{L}\p{N}]/u.test(token) || STOP_WORDS.has(token)) continue;
    words.add(token.length > 3 && token.endsWith('s') ? token.slice(0, -1) : token);
  }
  return words;
}

/** Shared words over all words; 0 when both sets are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** A statement with case, quotes and punctuation gone and white space collapsed. */
export function normalizeStatement(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every entry of `words` (single words or phrases) that occurs in `text` as a whole word, case
 * insensitive, lowercased, in list order. A hyphen counts as a word boundary, so "grey-haired"
 * still shows "grey".
 */
export function findWholeWords(text: string, words: readonly string[]): string[] {
  return words.filter((word) => wholeWordPattern(word).test(text));
}

const patterns = new Map<string, RegExp>();
function wholeWordPattern(word: string): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    const body = word
      .split(/\s+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}'’])${body}(?![\\p{L}\\p{N}'’])`, 'iu');
    patterns.set(word, pattern);
  }
  return pattern;
}

/** Words that let a test-wise student guess a true/false item without reading the article. */
export const GIVE_AWAY_WORDS = [
  'it is clear',
  'only',
  'definitely',
  'certainly',
  'certain',
  'clearly',
  'clear',
  'unclear',
  'always',
  'never',
  'all',
  'every',
  'completely',
  'entirely',
  'guaranteed',
  'proves',
  'absolutely',
] as const;

const ise = (stem: string) =>
  (['ise', 'ised', 'ises', 'ising'] as const).map((end) => [stem + end, stem + end.replace('s', 'z')] as const);
const isation = (stem: string) =>
  [...ise(stem), [`${stem}isation`, `${stem}ization`], [`${stem}isations`, `${stem}izations`]] as const;
const our = (stem: string, ends: readonly string[]) => ends.map((end) => [`${stem}our${end}`, `${stem}or${end}`] as const);

/**
 * UK spelling → US spelling, as whole lowercase words. The course writes US English (the article is
 * US English); evidence quotes are the article verbatim and ids are not prose, so neither is scanned.
 * Left out on purpose: "dialogue" and "towards" (fine in US English too) and "analyses" (also the
 * US plural of "analysis"). "practise" is the UK verb; "practice" is right in both as a noun.
 */
export const UK_SPELLINGS: Readonly<Record<string, string>> = Object.fromEntries([
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['judgement', 'judgment'],
  ['judgements', 'judgments'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['centred', 'centered'],
  ['catalogue', 'catalog'],
  ['catalogues', 'catalogs'],
  ['travelled', 'traveled'],
  ['travelling', 'traveling'],
  ['cancelled', 'canceled'],
  ['cancelling', 'canceling'],
  ['jewellery', 'jewelry'],
  ['grey', 'gray'],
  ['analyse', 'analyze'],
  ['analysed', 'analyzed'],
  ['analysing', 'analyzing'],
  ['practise', 'practice'],
  ['practised', 'practiced'],
  ['practising', 'practicing'],
  ...our('col', ['', 's', 'ed', 'ful']),
  ...our('fav', ['', 's', 'ed', 'ing', 'ite', 'ites', 'able', 'ably']),
  ...our('neighb', ['', 's', 'ing', 'hood']),
  ...our('behavi', ['', 's', 'al']),
  ...our('hon', ['', 's', 'ed', 'able']),
  ...our('lab', ['', 's', 'ed']),
  ...isation('organ'),
  ...isation('normal'),
  ...isation('militar'),
  ...isation('modern'),
  ...isation('stabil'),
  ...isation('mobil'),
  ...isation('character'),
  ...isation('categor'),
  ...isation('special'),
  ...isation('util'),
  ...isation('real'),
  ...isation('prioriti'),
  ...isation('minim'),
  ...isation('maxim'),
  ...isation('memor'),
  ...ise('summar'),
  ...ise('recogn'),
  ...ise('critic'),
  ...ise('emphas'),
  ...ise('apolog'),
  ...ise('jeopard'),
]);

/** The UK spellings in a text, each once with its US form, in the order they appear. */
export function findUkSpellings(text: string): { uk: string; us: string }[] {
  const found = new Set<string>();
  for (const match of text.matchAll(ukPatternGlobal)) found.add(match[0].toLowerCase());
  return [...found].map((uk) => ({ uk, us: UK_SPELLINGS[uk] ?? uk }));
}

const ukAlternation = Object.keys(UK_SPELLINGS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const ukSource = `(?<![\\p{L}\\p{N}'’])(?:${ukAlternation})(?![\\p{L}\\p{N}'’])`;
const ukPatternGlobal = new RegExp(ukSource, 'giu');
