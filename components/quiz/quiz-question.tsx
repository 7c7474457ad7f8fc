import type { ReactNode, Ref } from 'react';
import type { QuestionView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';
import { QuestionHeading } from './question-heading';
import { QuestionInput } from './question-input';
import { QuestionPager } from './question-pager';
import { OpenArticleButton } from '@/components/article/open-article-button';
import { disclosedTarget } from '@/components/article/panel-target';
import { ReadAloud } from '@/components/read-aloud/read-aloud';

/** One quiz question with Previous / Next. No feedback here: it comes after submitting. */
export function QuizQuestion({
  question,
  index,
  total,
  headingRef,
  response,
  onChange,
  onPrevious,
  onNext,
  afterHeading,
}: {
  question: QuestionView;
  index: number;
  total: number;
  headingRef: Ref<HTMLHeadingElement>;
  response: Response | undefined;
  onChange: (response: Response) => void;
  onPrevious: () => void;
  onNext: () => void;
  /** Right after the heading, where focus lands: the skip link to the question list. */
  afterHeading?: ReactNode;
}) {
  return (
    <section className="space-y-6" data-read-root>
      <div>
        <QuestionHeading index={index} total={total} headingRef={headingRef} />
        {afterHeading}
      </div>
      <ReadAloud />
      <QuestionInput question={question} value={response} onChange={onChange} />
      {/* Nothing is marked before submitting, so the panel opens at the top (or the paragraph a find-evidence question names). */}
      <div>
        <OpenArticleButton target={disclosedTarget(question, undefined, undefined)} />
      </div>
      <QuestionPager
        index={index}
        total={total}
        nextLabel="Next"
        lastLabel="Review answers"
        onPrevious={onPrevious}
        onNext={onNext}
      />
    </section>
  );
}
