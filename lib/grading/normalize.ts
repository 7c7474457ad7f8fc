import { normalizeQuote } from '../content/quotes';

const TRAILING_FULL_STOP = /[.\u3002]$/u;
const QUOTATION_MARKS = new Set(["'", '"']);

/**
 * The form a free-text answer is compared in, so that typing differences a reader would not call
 * a different answer do not matter:
 * - Unicode NFKC (full-width letters, ligatures and the like become their plain forms);
 * - lowercase, by the locale-independent Unicode mapping (`toLowerCase`, not `toLocaleLowerCase`,
 *   so a Turkish browser grades like any other);
 * - curly and straight quotes and apostrophes are the same mark (’ is ', “ and ” are ");
 * - any run of white space, including no-break spaces, is one space, and the ends are trimmed;
 * - one trailing full stop and one pair of surrounding quotation marks are ignored, in either
 *   order ("Alliance." and “alliance.” are both alliance), but only one full stop.
 *
 * Nothing else is forgiven: no spelling or fuzzy matching.
 */
export function normalizeFreeText(value: string): string {
  // Quotes first: NFKC would split ″ (double prime) into two primes before it could become ".
  // NFKC can produce spaces (and lowercasing can leave a string that is not NFKC), so normalize
  // and collapse again afterwards.
  let text = normalizeQuote(normalizeQuote(value).normalize('NFKC').toLowerCase().normalize('NFKC'));
  let fullStopRemoved = false;
  if (TRAILING_FULL_STOP.test(text)) {
    text = text.slice(0, -1).trimEnd();
    fullStopRemoved = true;
  }
  const first = text.charAt(0);
  if (text.length >= 2 && QUOTATION_MARKS.has(first) && text.endsWith(first)) {
    text = text.slice(1, -1).trim();
  }
  if (!fullStopRemoved && TRAILING_FULL_STOP.test(text)) text = text.slice(0, -1).trimEnd();
  return text;
}
