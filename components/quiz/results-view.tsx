import { useEffect, useRef } from 'react';
import type { AttemptView, FeedbackView } from '@/lib/attempts/views';
import type { StudyGuide } from '@/lib/content/study-guide';
import { linkClass } from '@/components/ui/button';
import { FeedbackPanel } from './feedback-panel';
import { formatScore, verdictText } from './format';
import { HeldBackNote } from './held-back-note';
import { NextSteps } from './next-steps';
import { ObjectiveTable } from './objective-table';
import { QuestionInput } from './question-input';
import { AttemptRegradeNotes, QuestionRegradeNotes } from './regrade-notes';
import { moduleHref, summarizeResults, weakestObjective } from './results-summary';

const noop = () => {};

/**
 * A submitted attempt, to act on: the score and what to do next at the top, the questions to look
 * at again as links, per objective; then every question, the missed ones open and the right ones
 * folded (their answer and evidence one click away). A teacher's change to a question shows above the
 * fold, so a student sees it without opening anything.
 */
export function ResultsView({
  attempt,
  shouldFocus,
  guide,
}: {
  attempt: AttemptView;
  shouldFocus: boolean;
  guide: StudyGuide;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Submitting replaced the screen the learner was on; start them at the top of the results.
    if (shouldFocus) headingRef.current?.focus();
  }, [shouldFocus]);
  const summary = summarizeResults(attempt);
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const items = attempt.questions.map((question, index) => {
    const answer = answers.get(question.id);
    const feedback: FeedbackView | undefined =
      answer?.feedback ?? (answer ? undefined : attempt.result?.unanswered[question.id]);
    return {
      question,
      number: index + 1,
      answer,
      feedback,
      isMissed: feedback !== undefined && feedback.verdict !== 'correct',
    };
  });
  const missed = items.filter((item) => item.isMissed);
  const back = { href: moduleHref(attempt), label: attempt.moduleId ? 'Back to the module' : 'Back to the course' };
  return (
    <div className="space-y-10">
      <section className="space-y-4">
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
        <NextSteps
          attemptId={attempt.id}
          canRetake={attempt.canRetake}
          weakest={weakestObjective(summary.objectives)}
          guide={guide}
          back={back}
        />
        {missed.length > 0 && (
          <section aria-labelledby="missed-heading" className="space-y-2 pt-2">
            <h3 id="missed-heading" className="text-lg font-semibold">
              To look at again ({missed.length} of {items.length})
            </h3>
            <ul className="list-disc space-y-1 pl-6">
              {missed.map((item) => (
                <li key={item.question.id}>
                  <a href={`#question-${item.number}`} className={linkClass}>
                    Question {item.number}
                  </a>
                  : {item.answer ? verdictText(item.feedback!) : 'not answered'}. {item.question.prompt}
                </li>
              ))}
            </ul>
          </section>
        )}
        {summary.objectives.length > 0 && (
          <>
            <h3 className="pt-4 text-lg font-semibold">By learning objective</h3>
            <ObjectiveTable objectives={summary.objectives} />
          </>
        )}
      </section>
      <section className="space-y-6">
        <h2 className="text-2xl font-bold tracking-tight">Your answers</h2>
        {items.map(({ question, number, answer, feedback, isMissed }) => {
          const verdict = answer ? (feedback ? verdictText(feedback) : 'answered') : 'not answered';
          const isFolded = feedback?.verdict === 'correct';
          return (
            <section
              key={question.id}
              id={`question-${number}`}
              className="scroll-mt-24 space-y-3 border-t border-stone-200 pt-5 dark:border-stone-800"
            >
              <h3 className="font-semibold">
                Question {number}: {verdict}
                {isMissed && <span aria-hidden="true"> ✗</span>}
                {isFolded && <span aria-hidden="true"> ✓</span>}
              </h3>
              {/* A teacher's change is news: it stays in view even when the question is folded. */}
              {attempt.regrades && <QuestionRegradeNotes notes={attempt.regrades} questionId={question.id} />}
              <details open={!isFolded} className="group space-y-4">
                <summary className={`${linkClass} inline-flex min-h-11 cursor-pointer items-center`}>
                  {isFolded ? 'Show the question, your answer and the evidence' : 'The question and its feedback'}
                </summary>
                <div className="space-y-4 pt-2">
                  <QuestionInput question={question} value={answer?.response} onChange={noop} disabled />
                  {!answer && <p className="font-semibold">You did not answer this question.</p>}
                  {feedback && <FeedbackPanel feedback={feedback} headingLevel={4} />}
                </div>
              </details>
            </section>
          );
        })}
      </section>
    </div>
  );
}
