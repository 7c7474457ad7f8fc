import Link from '@/components/ui/link';
import { useEffect, useRef } from 'react';
import type { AttemptView } from '@/lib/attempts/views';
import { FeedbackPanel } from './feedback-panel';
import { formatScore, verdictText } from './format';
import { HeldBackNote } from './held-back-note';
import { ObjectiveTable } from './objective-table';
import { QuestionInput } from './question-input';
import { AttemptRegradeNotes, QuestionRegradeNotes } from './regrade-notes';
import { moduleHref, summarizeResults } from './results-summary';
import { linkClass } from '@/components/ui/button';
import { startRetakeAction } from '@/app/(student)/attempts/actions';
import { ActionButtonForm } from '@/components/forms/action-button-form';

const noop = () => {};

/** A submitted attempt: the score, per objective, then each question with its answer and feedback. */
export function ResultsView({ attempt, shouldFocus }: { attempt: AttemptView; shouldFocus: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Submitting replaced the screen the learner was on; start them at the top of the results.
    if (shouldFocus) headingRef.current?.focus();
  }, [shouldFocus]);
  const summary = summarizeResults(attempt);
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none">
          {attempt.kind === 'practice' ? 'Your practice results' : 'Your results'}
        </h2>
        {attempt.resultWithheld ? (
          <p className="text-lg leading-relaxed">
            Your answers are submitted. Your teacher has not released the results of this assignment yet.
          </p>
        ) : (
          <p className="text-3xl font-bold tabular-nums">{formatScore(summary.score, summary.max)}</p>
        )}
        {summary.unchecked !== undefined && (
          <p className="leading-relaxed">
            Counted from the {summary.max} {summary.max === 1 ? 'question' : 'questions'} you checked
            {summary.unchecked > 0
              ? `; ${summary.unchecked} not checked ${summary.unchecked === 1 ? 'is' : 'are'} left out.`
              : '.'}
          </p>
        )}
        {attempt.heldBack && <HeldBackNote heldBack={attempt.heldBack} />}
        {attempt.regrades && <AttemptRegradeNotes notes={attempt.regrades} />}
        {summary.objectives.length > 0 && (
          <>
            <h3 className="pt-4 text-lg font-semibold">By learning objective</h3>
            <ObjectiveTable objectives={summary.objectives} />
          </>
        )}
      </section>
      <section className="space-y-8">
        <h2 className="text-2xl font-bold tracking-tight">Your answers</h2>
        {attempt.questions.map((question, index) => {
          const answer = answers.get(question.id);
          const unanswered = answer ? undefined : attempt.result?.unanswered[question.id];
          return (
            <section key={question.id} className="space-y-4 border-t border-stone-200 pt-6 dark:border-stone-800">
              <h3 className="text-sm font-semibold uppercase tracking-wide text-stone-700 dark:text-stone-300">
                Question {index + 1}
                <span className="sr-only">
                  : {answer ? (answer.feedback ? verdictText(answer.feedback) : 'answered') : 'not answered'}
                </span>
              </h3>
              <QuestionInput question={question} value={answer?.response} onChange={noop} disabled />
              {!answer && <p className="font-semibold">You did not answer this question.</p>}
              {answer?.feedback && <FeedbackPanel feedback={answer.feedback} headingLevel={4} />}
              {unanswered && <FeedbackPanel feedback={unanswered} headingLevel={4} />}
              {attempt.regrades && <QuestionRegradeNotes notes={attempt.regrades} questionId={question.id} />}
            </section>
          );
        })}
      </section>
      <div className="flex flex-col gap-4 border-t border-stone-200 pt-6 sm:flex-row sm:items-center dark:border-stone-800">
        {attempt.canRetake && (
          <ActionButtonForm action={startRetakeAction} fields={{ attemptId: attempt.id }}>
            Retake only the ones I missed
          </ActionButtonForm>
        )}
        <Link href={moduleHref(attempt)} className={`${linkClass} inline-flex min-h-11 items-center`}>
          {attempt.moduleId ? 'Back to the module' : 'Back to the course'}
        </Link>
      </div>
    </div>
  );
}
