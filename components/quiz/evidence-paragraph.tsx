import type { EvidenceView } from '@/lib/attempts/views';
import { ArticleParagraphLink } from '@/components/article/article-paragraph-link';
import { evidenceTarget } from '@/components/article/panel-target';

/**
 * A paragraph of the article with the cited sentence highlighted. The highlight is an underline as
 * well as a colour, and the link is a plain anchor (a full page load) so the reader's :target
 * styling and focus land on the sentence, as they do from a lesson citation; in an attempt a plain
 * click opens the article panel beside the question at that paragraph instead.
 */
export function EvidenceParagraph({ evidence }: { evidence: EvidenceView }) {
  return (
    <div className="rounded-lg border-l-4 border-stone-400 bg-stone-50 p-4 dark:border-stone-500 dark:bg-stone-900">
      <p className="text-sm font-semibold text-stone-700 dark:text-stone-300">Paragraph {evidence.paragraph.number}</p>
      <blockquote className="mt-2 font-serif text-lg leading-relaxed">
        <p>
          {evidence.paragraph.sentences.map((sentence) => (
            <span key={sentence.id}>
              {sentence.isCited ? (
                <mark className="rounded-sm bg-yellow-200 px-0.5 text-stone-900 underline decoration-yellow-800 decoration-2 underline-offset-4 dark:bg-yellow-900 dark:text-yellow-50 dark:decoration-yellow-300">
                  <span className="sr-only">Cited: </span>
                  {sentence.text}
                </mark>
              ) : (
                sentence.text
              )}{' '}
            </span>
          ))}
        </p>
      </blockquote>
      <p className="mt-3">
        <ArticleParagraphLink href={evidence.href} target={evidenceTarget([evidence])}>
          Open sentence {evidence.label} in the article
        </ArticleParagraphLink>
      </p>
    </div>
  );
}
