import type { Lesson, LessonSentence } from '@/lib/content/schema';
import { sectionAnchor } from '@/lib/content/section-anchor';
import { Citation } from './citation';
import { GeneralKnowledgeTag } from './general-knowledge-tag';
import { mergeCitations, type CitationMark } from './merge-citations';

/** The lesson's prose: cited claims carry their marks; general knowledge is labelled as such. */
export function LessonBody({ lesson, articleId, from }: { lesson: Lesson; articleId: string; from?: string }) {
  return (
    <div className="space-y-8">
      {lesson.sections.map((section) => (
        <section key={section.heading} id={sectionAnchor(section.heading)} className="scroll-mt-24 space-y-4">
          <h2 data-read-sentence className="text-2xl font-bold tracking-tight">
            {section.heading}
          </h2>
          {section.paragraphs.map((paragraph, index) => (
            <p key={index} className="font-serif text-lg leading-relaxed">
              {mergeCitations(paragraph).map((marks, n) => (
                <LessonSentenceView
                  key={n}
                  sentence={paragraph[n]!}
                  marks={marks}
                  articleId={articleId}
                  from={from && `${from}/${sectionAnchor(section.heading)}`}
                />
              ))}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}

function LessonSentenceView({
  sentence,
  marks,
  articleId,
  from,
}: {
  sentence: LessonSentence;
  /** Claims in a row citing one sentence share its mark, after the last of them (merge-citations.ts). */
  marks: CitationMark[];
  articleId: string;
  from?: string;
}) {
  if ('evidence' in sentence) {
    return (
      <span data-read-sentence>
        {sentence.text}
        {marks.map((mark) => (
          <Citation
            key={mark.sentence}
            articleId={articleId}
            sentenceId={mark.sentence}
            quote={mark.quote}
            covers={mark.covers}
            from={from}
          />
        ))}{' '}
      </span>
    );
  }
  if (sentence.kind === 'general') {
    return (
      <span data-read-sentence>
        {sentence.text}
        <GeneralKnowledgeTag />{' '}
      </span>
    );
  }
  return <span data-read-sentence>{sentence.text} </span>;
}
