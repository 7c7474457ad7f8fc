import type { Ref } from 'react';
import type { AnswerView, QuestionView, Verdict } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';
import { FeedbackPanel } from './feedback-panel';
import { QuestionHeading } from './question-heading';
import { QuestionInput } from './question-input';
import { QuestionPager } from './question-pager';
import { Button } from '@/components/ui/button';

export type CheckState = { state: 'checking' | 'retrying' } | { state: 'error'; status: number; message: string };

function checkText(check: CheckState | undefined): string {
  if (!check) return '';
  if (check.state !== 'error')
    return check.state === 'checking' ? 'Checking…' : 'Not reached the server yet — retrying…';
  if (check.status === 409) return 'This practice has already been finished, so answers can’t be checked here.';
  return `Not checked: ${check.message}`;
}

function actionFor(
  verdict: Verdict | undefined,
  isChecking: boolean,
  onCheck: () => void,
  onTryAgain: () => void,
): { label: string; onClick?: () => void } {
  if (verdict === 'correct') return { label: '✓ Checked' };
  if (verdict) return { label: 'Try again', onClick: onTryAgain };
  if (isChecking) return { label: 'Checking…' };
  return { label: 'Check', onClick: onCheck };
}

/** One practice question: the input, Check / Try again, the feedback under it, and the way on. */
export function PracticeQuestion({
  question,
  index,
  total,
  headingRef,
  response,
  answer,
  isTryingAgain,
  check,
  hint,
  onChange,
  onCheck,
  onTryAgain,
  onPrevious,
  onNext,
}: {
  question: QuestionView;
  index: number;
  total: number;
  headingRef: Ref<HTMLHeadingElement>;
  response: Response | undefined;
  answer: AnswerView | undefined;
  isTryingAgain: boolean;
  check: CheckState | undefined;
  hint: string | null;
  onChange: (response: Response) => void;
  onCheck: () => void;
  onTryAgain: () => void;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const feedback = isTryingAgain ? undefined : answer?.feedback;
  const isChecking = check?.state === 'checking' || check?.state === 'retrying';
  const message = hint ?? checkText(check);
  const action = actionFor(feedback?.verdict, isChecking, onCheck, onTryAgain);
  return (
    <section className="space-y-6">
      <QuestionHeading index={index} total={total} headingRef={headingRef} />
      {/* Locked while feedback shows, so the feedback always matches what is on screen. */}
      <QuestionInput
        question={question}
        value={response}
        onChange={onChange}
        disabled={Boolean(feedback) || isChecking}
      />
      <div className="flex flex-wrap items-center gap-3">
        {/* One button that changes its words (Check, Try again…) rather than buttons that come and go,
            so focus stays where the learner pressed and the feedback can arrive without moving it. */}
        <Button
          type="button"
          aria-disabled={action.onClick ? undefined : true}
          onClick={action.onClick}
          variant="primary"
        >
          {action.label}
        </Button>
        {message && <p className="text-sm font-semibold text-stone-800 dark:text-stone-200">{message}</p>}
        {check?.state === 'error' && check.status === 409 && (
          <Button type="button" onClick={() => window.location.reload()} variant="secondary" className="text-sm">
            Show my results
          </Button>
        )}
      </div>
      {feedback && <FeedbackPanel feedback={feedback} headingLevel={3} />}
      <QuestionPager
        index={index}
        total={total}
        nextLabel="Next question"
        lastLabel="See your summary"
        onPrevious={onPrevious}
        onNext={onNext}
      />
    </section>
  );
}
