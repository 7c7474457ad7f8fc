import type { LookAtView } from '@/lib/attempts/views';
import { ArticleParagraphLink } from '@/components/article/article-paragraph-link';
import { lookAtTarget } from '@/components/article/panel-target';

/**
 * Where to look after a first wrong try: the whole paragraph, highlighted as a whole (a border,
 * a tint and the words "Read this again"), with no sentence singled out, since one marked
 * sentence could be the answer itself.
 */
export function LookAtParagraph({ paragraph }: { paragraph: LookAtView }) {
  return (
    <div className="rounded-lg border-l-4 border-yellow-600 bg-yellow-50 p-4 dark:border-yellow-400 dark:bg-yellow-950">
      <p className="text-sm font-semibold text-stone-800 dark:text-stone-200">
        Read this again: paragraph {paragraph.number}
      </p>
      <blockquote className="mt-2 font-serif text-lg leading-relaxed text-stone-900 dark:text-stone-50">
        <p>{paragraph.text}</p>
      </blockquote>
      <p className="mt-3">
        <ArticleParagraphLink href={paragraph.href} target={lookAtTarget([paragraph])}>
          Open paragraph {paragraph.number} in the article
        </ArticleParagraphLink>
      </p>
    </div>
  );
}
