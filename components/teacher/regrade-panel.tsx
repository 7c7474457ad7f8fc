import type { RegradePanelQuestion } from '@/lib/regrade/get-regrade-panel';
import { AdjustQuestion } from './adjust-question';

/**
 * One question's regrade actions: any warning, the adjustments made so far and the buttons to make
 * one. `hasSpread` lists the answers per choice too, where the page does not already show them.
 */
export function RegradeActions({
  assignmentId,
  question: q,
  hasSpread = true,
}: {
  assignmentId: string;
  question: RegradePanelQuestion;
  hasSpread?: boolean;
}) {
  return (
    <div className="space-y-2">
      {q.warning && (
        <p className="font-semibold">
          <span aria-hidden="true">⚑ </span>
          {q.warning}
        </p>
      )}
      {/* Open where there is something to act on: a warning, or an adjustment already made. */}
      <details open={Boolean(q.warning) || q.adjustments.length > 0} className="space-y-2">
        <summary className="cursor-pointer text-sm font-semibold">
          Regrade: answers and corrections<span className="sr-only"> for {q.bank}</span>
        </summary>
        <p className="text-sm">
          In every attempt, also those in progress: {q.answered} {q.answered === 1 ? 'answer' : 'answers'}, {q.right}{' '}
          right
          {q.partial > 0 ? `, ${q.partial} partly right` : ''}, {q.wrong} wrong.
        </p>
        {hasSpread && q.spread.length > 0 && (
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
                Adjusted: {a.kind === 'full-credit' ? 'everyone gets credit' : `also accepts ${a.accepted.join(', ')}`},
                because: {a.reason}
              </li>
            ))}
          </ul>
        )}
        {q.answered > 0 ? (
          <AdjustQuestion
            assignmentId={assignmentId}
            questionId={q.questionId}
            questionLabel={q.bank}
            canAccept={q.canAccept.map(({ choice, label }) => ({ choice, label }))}
          />
        ) : (
          <p className="text-sm">Nobody has answered it yet, so there is nothing to regrade.</p>
        )}
      </details>
    </div>
  );
}

/** Questions answered only in attempts the statistics do not count yet (still in progress), with their actions. */
export function RegradePanel({ assignmentId, questions }: { assignmentId: string; questions: RegradePanelQuestion[] }) {
  return (
    <ol className="space-y-6">
      {questions.map((q) => (
        <li key={q.questionId} className="space-y-2 border-t border-stone-200 pt-4 dark:border-stone-800">
          <h3 className="font-semibold">
            {q.bank}: {q.prompt}
          </h3>
          <p className="text-sm">Key: {q.key.replace(/[.!?]+$/, '')}.</p>
          <RegradeActions assignmentId={assignmentId} question={q} />
        </li>
      ))}
    </ol>
  );
}
