import type { RegradePanelQuestion } from '@/lib/regrade/get-regrade-panel';
import { AdjustQuestion } from './adjust-question';

/** Per question: answers, key, spread and any warning, with the adjustments a teacher can make. */
export function RegradePanel({ assignmentId, questions }: { assignmentId: string; questions: RegradePanelQuestion[] }) {
  if (questions.length === 0) return <p>No one has started this assignment yet, so there is nothing to regrade.</p>;
  return (
    <ol className="space-y-6">
      {questions.map((q) => (
        <li key={q.questionId} className="space-y-2 border-t border-stone-200 pt-4 dark:border-stone-800">
          <h3 className="font-semibold">
            {q.number}. {q.prompt}
          </h3>
          <p className="text-sm">
            {q.answered} {q.answered === 1 ? 'answer' : 'answers'}: {q.right} right
            {q.partial > 0 ? `, ${q.partial} partly right` : ''}, {q.wrong} wrong. Key: {q.key.replace(/[.!?]+$/, '')}.
          </p>
          {q.warning && (
            <p className="font-semibold">
              <span aria-hidden="true">⚑ </span>
              {q.warning}
            </p>
          )}
          {/* Open where there is something to act on: a warning, or an adjustment already made. */}
          <details open={Boolean(q.warning) || q.adjustments.length > 0} className="space-y-2">
            <summary className="cursor-pointer text-sm font-semibold">
              Answers and corrections<span className="sr-only"> for question {q.number}</span>
            </summary>
            {q.spread.length > 0 && (
              <ul className="space-y-0.5 text-sm">
                {q.spread.map((c) => (
                  <li key={c.choice} className={c.isKey ? 'font-semibold' : undefined}>
                    {c.label}: {c.count}
                    {c.isKey ? ' (accepted)' : ''}
                  </li>
                ))}
              </ul>
            )}
            {q.adjustments.length > 0 && (
              <ul className="text-sm">
                {q.adjustments.map((a, i) => (
                  <li key={i}>
                    Adjusted:{' '}
                    {a.kind === 'full-credit' ? 'everyone gets credit' : `also accepts ${a.accepted.join(', ')}`},
                    because: {a.reason}
                  </li>
                ))}
              </ul>
            )}
            {q.answered > 0 && (
              <AdjustQuestion
                assignmentId={assignmentId}
                questionId={q.questionId}
                questionNumber={q.number}
                canAccept={q.canAccept.map(({ choice, label }) => ({ choice, label }))}
              />
            )}
          </details>
        </li>
      ))}
    </ol>
  );
}
