import type { Article } from '@/lib/content/schema';

/**
 * The article paragraph by paragraph. Each sentence is an element whose id is its stable sentence
 * id, so /articles/<id>#p2s3 addresses it; CSS :target highlights it and tabIndex -1 lets the
 * browser move focus there, so screen readers start reading at the cited sentence.
 */
export function ArticleReader({ article }: { article: Article }) {
  return (
    <div lang={article.language} className="space-y-5 font-serif text-lg leading-relaxed">
      {article.paragraphs.map((paragraph, index) => (
        <section key={paragraph.id} aria-label={`Paragraph ${index + 1}`} className="grid grid-cols-[2rem_1fr] gap-2">
          <span
            aria-hidden="true"
            className="pt-1 text-right font-sans text-sm font-semibold text-stone-600 dark:text-stone-400"
          >
            {index + 1}
          </span>
          <p>
            {paragraph.sentences.map((sentence) => (
              <span key={sentence.id}>
                <span id={sentence.id} tabIndex={-1} className="article-sentence" data-read-sentence>
                  {sentence.text}
                </span>{' '}
              </span>
            ))}
          </p>
        </section>
      ))}
    </div>
  );
}
