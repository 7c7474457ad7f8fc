import { FeedbackPanel } from '@/components/quiz/feedback-panel';
import { formatScore } from '@/components/quiz/format';
import type { TeacherAttemptView as View } from '@/lib/gradebook/views';
import { LocalTime } from '@/components/ui/local-time';
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
        <dd className="tabular-nums">{attempt.result ? formatScore(attempt.result.score, attempt.result.max) : '—'}</dd>
      </dl>
      <RegradeHistory notes={view.regrades} numberOf={numberOf} />
      {attempt.questions.map((question, index) => {
        const answer = answers.get(question.id);
        const feedback = answer?.feedback ?? attempt.result?.unanswered[question.id];
        return (
          <section
            key={question.id}
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
            <QuestionRegrades notes={view.regrades} questionId={question.id} />
          </section>
        );
      })}
    </div>
  );
}
