/**
 * Quotes are compared as a reader would: curly and straight quotes are the same mark and any run
 * of white space is one space. Nothing else is forgiven; case and wording must match.
 */
export function normalizeQuote(value: string): string {
  return value
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function quoteAppearsIn(quote: string, sentence: string): boolean {
  const needle = normalizeQuote(quote);
  return needle.length > 0 && normalizeQuote(sentence).includes(needle);
}
