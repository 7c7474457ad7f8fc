import type { Ref } from 'react';
import type { QuestionView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';
import { QuestionHeading } from './question-heading';
import { QuestionInput } from './question-input';
import { secondaryButton } from './styles';

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
    <section className="space-y-6">
      <QuestionHeading index={index} total={total} headingRef={headingRef} />
      <QuestionInput question={question} value={response} onChange={onChange} />
      <div className="flex flex-wrap justify-between gap-3 border-t border-stone-200 pt-4 dark:border-stone-800">
        {index > 0 ? (
          <button type="button" onClick={onPrevious} className={secondaryButton}>
            <span aria-hidden="true">←</span> Previous
          </button>
        ) : (
          <span />
        )}
        <button type="button" onClick={onNext} className={secondaryButton}>
          {index + 1 < total ? 'Next' : 'Review answers'} <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  );
}
