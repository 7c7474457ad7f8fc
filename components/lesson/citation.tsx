import { articleHref, parseSentenceId } from '@/lib/content/sentence-ref';

/**
 * A citation mark after a lesson sentence. A plain link (a full page load), so the browser itself
 * scrolls to the sentence, applies :target to highlight it and moves focus there: no script needed.
 */
export function Citation({
  articleId,
  sentenceId,
  quote,
  from,
  covers = 1,
}: {
  articleId: string;
  sentenceId: string;
  quote: string;
  /** The lesson section it is in (lib/content/lesson-origin.ts), so the article offers the way back. */
  from?: string;
  /** How many sentences before it this one mark backs (claims in a row citing the same sentence). */
  covers?: number;
}) {
  const ref = parseSentenceId(sentenceId);
  if (!ref) return null;
  return (
    <a
      data-read-skip
      href={articleHref(articleId, sentenceId, from)}
      title={`“${quote}”`}
      className="ml-1 inline-flex min-h-6 min-w-6 items-center justify-center rounded bg-blue-50 px-1 align-baseline text-xs font-semibold text-blue-800 no-underline hover:bg-blue-100 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 dark:bg-blue-950 dark:text-blue-200 dark:hover:bg-blue-900"
    >
      {ref.label}
      <span className="sr-only">
        {' '}
        (source: article, paragraph {ref.paragraph}, sentence {ref.sentence}
        {covers > 1 ? `, for the last ${covers} sentences` : ''})
      </span>
    </a>
  );
}
