import type { Ref } from 'react';
import type { AnswerView, FeedbackView, QuestionView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';
import { FeedbackPanel } from './feedback-panel';
import { LookAtParagraph } from './look-at-paragraph';
import { QuestionHeading } from './question-heading';
import { QuestionInput } from './question-input';
import { QuestionPager } from './question-pager';
import { Button } from '@/components/ui/button';
import { OpenArticleButton } from '@/components/article/open-article-button';
import { disclosedTarget } from '@/components/article/panel-target';
import { ReadAloud } from '@/components/read-aloud/read-aloud';

export type CheckState =
  { state: 'checking' | 'retrying' | 'revealing' } | { state: 'error'; status: number; message: string };

function checkText(check: CheckState | undefined): string {
  if (!check) return '';
  if (check.state !== 'error') {
    if (check.state === 'revealing') return 'Getting the answer…';
    return check.state === 'checking' ? 'Checking…' : 'Not reached the server yet — retrying…';
  }
  if (check.status === 409) return 'This practice has already been finished, so answers can’t be checked here.';
  return `Not checked: ${check.message}`;
}

function actionFor(
  feedback: FeedbackView | undefined,
  isBusy: boolean,
  onCheck: () => void,
  onTryAgain: () => void,
): { label: string; onClick?: () => void } {
  if (feedback?.verdict === 'correct') return { label: '✓ Checked' };
  if (feedback) return { label: 'Try again', onClick: onTryAgain };
  if (isBusy) return { label: 'Checking…' };
  return { label: 'Check', onClick: onCheck };
}

/**
 * One practice question: the input, Check / Try again / Show me, the feedback under it, and the
 * way on. A first wrong try shows where to look and lets them try again; the answer comes from the
 * server with the second wrong try or "Show me" (lib/assignments/disclosure.ts decides which).
 */
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
  onShowMe,
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
  onShowMe: () => void;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const last = answer?.feedback;
  const feedback = isTryingAgain ? undefined : last;
  const isBusy = check !== undefined && check.state !== 'error';
  const message = hint ?? checkText(check);
  const action = actionFor(feedback, isBusy, onCheck, onTryAgain);
  const isKeyWaiting = Boolean(last?.lookAt);
  return (
    <section className="space-y-6" data-read-root>
      <QuestionHeading index={index} total={total} headingRef={headingRef} />
      <ReadAloud />
      {/* Locked while feedback shows, so the feedback (and the marks on the options) match what is on screen. */}
      <QuestionInput
        question={question}
        value={response}
        onChange={onChange}
        disabled={Boolean(feedback) || isBusy}
        marks={feedback?.marks}
      />
      <div className="flex flex-wrap items-center gap-3">
        {/* Buttons that change their words (Check, Try again…) rather than come and go, so focus
            stays where the learner pressed and the feedback can arrive without moving it. */}
        <Button
          type="button"
          aria-disabled={action.onClick && !isBusy ? undefined : true}
          onClick={isBusy ? undefined : action.onClick}
          variant="primary"
        >
          {action.label}
        </Button>
        {last && last.verdict !== 'correct' && (
          <Button
            type="button"
            aria-disabled={isKeyWaiting && !isBusy ? undefined : true}
            onClick={isKeyWaiting && !isBusy ? onShowMe : undefined}
            variant="secondary"
          >
            {isKeyWaiting ? 'Show me the answer' : 'Answer shown'}
          </Button>
        )}
        {/* At what is on screen for this question, never further (panel-target.ts). */}
        <OpenArticleButton target={disclosedTarget(question, feedback, feedback ? undefined : last?.lookAt)} />
        {message && <p className="text-sm font-semibold text-stone-800 dark:text-stone-200">{message}</p>}
        {check?.state === 'error' && check.status === 409 && (
          <Button type="button" onClick={() => window.location.reload()} variant="secondary" className="text-sm">
            Show my results
          </Button>
        )}
      </div>
      {feedback && <FeedbackPanel feedback={feedback} headingLevel={3} />}
      {/* Trying again: the paragraph stays in view to read while choosing. */}
      {!feedback && last?.lookAt && (
        <section className="space-y-3" aria-label="Where to look">
          {last.lookAt.map((paragraph) => (
            <LookAtParagraph key={paragraph.number} paragraph={paragraph} />
          ))}
        </section>
      )}
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
