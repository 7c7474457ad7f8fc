import type { Article } from '@/lib/content/schema';

/** Paragraphs to single out (numbered from 1), with the words that say why; cited sentences marked in them. */
export type ReaderHighlight = { paragraphs: number[]; citedIds: string[]; label: string };

/**
 * The article paragraph by paragraph. Each sentence is an element whose id is its stable sentence
 * id, so /articles/<id>#p2s3 addresses it; CSS :target highlights it and tabIndex -1 lets the
 * browser move focus there, so screen readers start reading at the cited sentence. The panel
 * beside a question passes `highlight` for what the feedback on screen already points to.
 */
export function ArticleReader({
  article,
  highlight,
}: {
  article: Pick<Article, 'language' | 'paragraphs'>;
  highlight?: ReaderHighlight;
}) {
  return (
    <div lang={article.language} className="space-y-5 font-serif text-lg leading-relaxed">
      {article.paragraphs.map((paragraph, index) => {
        const isHighlighted = highlight?.paragraphs.includes(index + 1) ?? false;
        return (
          <section
            key={paragraph.id}
            aria-label={`Paragraph ${index + 1}`}
            data-paragraph={index + 1}
            className={`grid grid-cols-[2rem_1fr] gap-2 ${
              isHighlighted
                ? 'scroll-mt-4 rounded-lg border-l-4 border-yellow-600 bg-yellow-50 py-3 pr-3 dark:border-yellow-400 dark:bg-yellow-950'
                : ''
            }`}
          >
            <span
              aria-hidden="true"
              className="pt-1 text-right font-sans text-sm font-semibold text-stone-600 dark:text-stone-400"
            >
              {index + 1}
            </span>
            <p>
              {isHighlighted && highlight && (
                <span className="block font-sans text-sm font-semibold text-stone-800 dark:text-stone-200">
                  {highlight.label}
                </span>
              )}
              {paragraph.sentences.map((sentence) => (
                <span key={sentence.id}>
                  <span id={sentence.id} tabIndex={-1} className="article-sentence" data-read-sentence>
                    {isHighlighted && highlight?.citedIds.includes(sentence.id) ? (
                      <mark className="rounded-sm bg-yellow-200 px-0.5 text-stone-900 underline decoration-yellow-800 decoration-2 underline-offset-4 dark:bg-yellow-900 dark:text-yellow-50 dark:decoration-yellow-300">
                        <span className="sr-only">Cited: </span>
                        {sentence.text}
                      </mark>
                    ) : (
                      sentence.text
                    )}
                  </span>{' '}
                </span>
              ))}
            </p>
          </section>
        );
      })}
    </div>
  );
}
