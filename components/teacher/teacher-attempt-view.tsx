import { FeedbackPanel } from '@/components/quiz/feedback-panel';
import { formatPoints, formatScore } from '@/components/quiz/format';
import type { TeacherAttemptView as View } from '@/lib/gradebook/views';
import { LocalTime } from '@/components/ui/local-time';
import { AttemptNeighbourLinks } from './attempt-neighbour-links';
import { QuestionCreditForm } from './question-credit-form';
import { QuestionCreditLog } from './question-credit-log';
import { QuestionRegrades, RegradeHistory } from './regrade-history';

/** A student's attempt as the teacher reads it: every answer in words, with its feedback and evidence. */
export function TeacherAttemptView({ view }: { view: View }) {
  const { attempt } = view;
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const numberOf = new Map(attempt.questions.map((q, i) => [q.id, i + 1]));
  return (
    <div className="space-y-8">
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Student</dt>
        <dd>{view.student.name}</dd>
        <dt className="font-semibold">Attempt</dt>
        <dd>{view.attemptNumber ?? '—'}</dd>
        <dt className="font-semibold">Submitted</dt>
        <dd>{view.submittedAt ? <LocalTime iso={view.submittedAt} /> : 'Not submitted yet'}</dd>
        <dt className="font-semibold">Score</dt>
        <dd className="tabular-nums" id="attempt-total">
          {attempt.result ? formatScore(attempt.result.score, attempt.result.max) : '—'}
        </dd>
      </dl>
      <GradebookNote view={view} />
      <AttemptNeighbourLinks neighbours={view.neighbours} />
      <RegradeHistory notes={view.regrades} numberOf={numberOf} />
      {attempt.questions.map((question, index) => {
        const answer = answers.get(question.id);
        const feedback = answer?.feedback ?? attempt.result?.unanswered[question.id];
        return (
          <section
            key={question.id}
            id={`question-${index + 1}`}
            aria-labelledby={`q-${question.id}`}
            className="space-y-3 border-t border-stone-200 pt-6 dark:border-stone-800"
          >
            <h2 id={`q-${question.id}`} className="text-xl font-bold">
              Question {index + 1}
              {view.bankNumbers[question.id] && (
                <span className="font-normal">
                  {' '}
                  (bank Q{view.bankNumbers[question.id]!.number} · {view.bankNumbers[question.id]!.moduleId})
                </span>
              )}
            </h2>
            <p className="leading-relaxed">{question.prompt}</p>
            <p>
              <span className="font-semibold">{view.student.name} answered: </span>
              {answer
                ? (view.responseText[question.id] ?? 'an answer that cannot be shown in words')
                : 'nothing (not answered)'}
            </p>
            {feedback && <FeedbackPanel feedback={feedback} headingLevel={3} />}
            <p className="font-semibold tabular-nums">
              Score for question {index + 1}: {answer ? `${formatPoints(answer.feedback?.score ?? 0)} of 1` : '0 of 1'}
            </p>
            <QuestionCreditLog credits={view.credits} questionId={question.id} />
            <QuestionRegrades notes={view.regrades} questionId={question.id} />
            {view.canCredit && answer && (
              <QuestionCreditForm
                attemptId={attempt.id}
                questionId={question.id}
                questionNumber={index + 1}
                studentName={view.student.name}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}

/** Where this total stands in the gradebook: an override of the whole grade stays over it, and another attempt may count. */
function GradebookNote({ view }: { view: View }) {
  const { override } = view;
  const notes: string[] = [];
  if (!view.canCredit) notes.push('Credit can be given on each question once the attempt is handed in.');
  if (!view.isCounted && view.canCredit)
    notes.push(
      "The gradebook counts another of this student's attempts; credit here changes this attempt's total only.",
    );
  if (override)
    notes.push(
      override.kind === 'excused'
        ? `${override.teacherName} excused this student from the assignment: the gradebook shows "excused" whatever this total is, until the override is cleared there.`
        : `${override.teacherName} set the whole grade to ${formatPoints(override.score ?? 0)} in the gradebook: that override stands over this total until it is cleared there.`,
    );
  if (notes.length === 0) return null;
  return (
    <div className="space-y-1 rounded-lg border border-stone-400 px-4 py-3 leading-relaxed dark:border-stone-600">
      {notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </div>
  );
}
