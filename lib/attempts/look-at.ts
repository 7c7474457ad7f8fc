import 'server-only';
import type { Article, Question } from '@/lib/content/schema';
import { articleHref } from '@/lib/content/sentence-ref';
import type { LookAtView } from './views';

/**
 * Where to look after a first wrong try: each paragraph the question's evidence is in, whole. No
 * sentence is singled out, neither in the text nor in the link (it opens the paragraph's first
 * sentence): for a find-evidence question the cited sentence is the key itself.
 */
export function lookAt(question: Question, article: Article): LookAtView[] {
  const cited = new Set(question.evidence.map((e) => e.sentence));
  return article.paragraphs.flatMap((paragraph, index) =>
    paragraph.sentences.some((s) => cited.has(s.id))
      ? [
          {
            number: index + 1,
            text: paragraph.sentences.map((s) => s.text).join(' '),
            href: articleHref(article.id, paragraph.sentences[0]!.id),
          },
        ]
      : [],
  );
}
