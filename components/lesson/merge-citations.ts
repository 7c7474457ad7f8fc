import type { LessonSentence } from '@/lib/content/schema';

/** One citation mark after a sentence: the article sentence, a quote from it, and how many lesson sentences it backs. */
export type CitationMark = { sentence: string; quote: string; covers: number };

/**
 * The marks to show after each sentence of one paragraph. Consecutive sentences citing the same
 * article sentence share one mark, after the last of them, so a paragraph that leans on one
 * sentence of the article has one tab stop for it instead of one per lesson sentence. A sentence
 * that is not a claim (framing, general knowledge) ends the run: a mark never seems to back it.
 */
export function mergeCitations(paragraph: readonly LessonSentence[]): CitationMark[][] {
  const cited = paragraph.map((sentence) =>
    'evidence' in sentence ? [...new Map(sentence.evidence.map((e) => [e.sentence, e])).values()] : [],
  );
  let running = new Map<string, { quote: string; covers: number }>();
  return cited.map((evidence, index) => {
    const next = new Set((cited[index + 1] ?? []).map((e) => e.sentence));
    const marks: CitationMark[] = [];
    const carried = new Map<string, { quote: string; covers: number }>();
    for (const e of evidence) {
      const before = running.get(e.sentence);
      // The longest quote says most about the sentence in the mark's tooltip.
      const quote = before && before.quote.length > e.quote.length ? before.quote : e.quote;
      const run = { quote, covers: (before?.covers ?? 0) + 1 };
      if (next.has(e.sentence)) carried.set(e.sentence, run);
      else marks.push({ sentence: e.sentence, ...run });
    }
    running = carried;
    return marks;
  });
}

/** How many marks (tab stops) a paragraph has, merged or one per cited sentence of each claim. */
export function countCitationMarks(paragraph: readonly LessonSentence[], merged: boolean): number {
  if (merged) return mergeCitations(paragraph).reduce((sum, marks) => sum + marks.length, 0);
  return paragraph.reduce((sum, s) => sum + ('evidence' in s ? new Set(s.evidence.map((e) => e.sentence)).size : 0), 0);
}
