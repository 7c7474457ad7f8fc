import type { Lesson, LessonSentence } from '@/lib/content/schema';
import { sectionAnchor } from '@/lib/content/section-anchor';
import { Citation } from './citation';

/** The lesson's prose: cited claims carry their marks; general knowledge is labelled as such. */
export function LessonBody({ lesson, articleId }: { lesson: Lesson; articleId: string }) {
  return (
    <div className="space-y-8">
      {lesson.sections.map((section) => (
        <section key={section.heading} id={sectionAnchor(section.heading)} className="scroll-mt-24 space-y-4">
          <h2 data-read-sentence className="text-2xl font-bold tracking-tight">
            {section.heading}
          </h2>
          {section.paragraphs.map((paragraph, index) => (
            <p key={index} className="font-serif text-lg leading-relaxed">
              {paragraph.map((sentence, n) => (
                <LessonSentenceView key={n} sentence={sentence} articleId={articleId} />
              ))}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}

function LessonSentenceView({ sentence, articleId }: { sentence: LessonSentence; articleId: string }) {
  if ('evidence' in sentence) {
    const cited = [...new Map(sentence.evidence.map((e) => [e.sentence, e])).values()];
    return (
      <span data-read-sentence>
        {sentence.text}
        {cited.map((e) => (
          <Citation key={e.sentence} articleId={articleId} sentenceId={e.sentence} quote={e.quote} />
        ))}{' '}
      </span>
    );
  }
  if (sentence.kind === 'general') {
    return (
      <span data-read-sentence>
        <span className="decoration-stone-500 decoration-dotted underline-offset-4 [text-decoration-line:underline]">
          {sentence.text}
        </span>
        <span
          data-read-skip
          className="ml-1 rounded border border-stone-400 px-1 font-sans text-xs text-stone-700 dark:border-stone-500 dark:text-stone-300"
        >
          general knowledge<span className="sr-only">, not from the article</span>
        </span>{' '}
      </span>
    );
  }
  return <span data-read-sentence>{sentence.text} </span>;
}
