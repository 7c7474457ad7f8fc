import type { Ref } from 'react';
import type { QuestionView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';
import { QuestionHeading } from './question-heading';
import { QuestionInput } from './question-input';
import { QuestionPager } from './question-pager';
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
}: {
  question: QuestionView;
  index: number;
  total: number;
  headingRef: Ref<HTMLHeadingElement>;
  response: Response | undefined;
  onChange: (response: Response) => void;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <section className="space-y-6" data-read-root>
      <QuestionHeading index={index} total={total} headingRef={headingRef} />
      <ReadAloud />
      <QuestionInput question={question} value={response} onChange={onChange} />
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
