import { formatPercent } from '@/lib/format/score';
import type { QuestionStatistics } from '@/lib/gradebook/views';
import type { RegradePanelQuestion } from '@/lib/regrade/get-regrade-panel';
import { RegradeActions } from './regrade-panel';

const decimal = (n: number | null) => (n === null ? '—' : n.toFixed(2));
const QUESTION_TYPES: Record<QuestionStatistics['questionType'], string> = {
  'single-choice': 'Single choice',
  'multiple-select': 'Multiple select',
  'true-false': 'True or false',
  'fill-blank': 'Fill in the blank',
  matching: 'Matching',
  ordering: 'Ordering',
  'find-evidence': 'Find the evidence',
  'who-says-so': 'Who says so',
};

type Props = { question: QuestionStatistics; assignmentId: string; regrade: RegradePanelQuestion | undefined };

/**
 * One question at the page's full width (not a squeezed table column): its bank number and text,
 * the key, how many saw it, how the answers spread (bars with the numbers written beside them),
 * the flags, and the regrade actions for it.
 */
export function QuestionStatisticsCard({ question: q, assignmentId, regrade }: Props) {
  const headingId = `question-${q.questionId}`;
  const answered = q.outcomes.right + q.outcomes.partial + q.outcomes.wrong;
  return (
    <li aria-labelledby={headingId} className="space-y-3 border-t border-stone-200 pt-4 dark:border-stone-800">
      <h3 id={headingId} className="text-lg leading-snug">
        <span className="font-bold">{q.bank}</span>: {q.prompt}
      </h3>
      {q.flags.length > 0 && (
        <ul className="space-y-1">
          {q.flags.map((f) => (
            <li key={f.flag} className="font-semibold">
              <span aria-hidden="true">⚑ </span>
              {f.flagReason}
            </li>
          ))}
        </ul>
      )}
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Correct answer</dt>
        <dd>{q.correctAnswer || '—'}</dd>
        <dt className="font-semibold">
          <abbr title="Students whose counted attempt drew this question">n</abbr> (saw it)
        </dt>
        <dd className="tabular-nums">
          {q.attempts} {q.attempts === 1 ? 'student' : 'students'}
          {q.attempts > 0 &&
            `: ${q.outcomes.right} right${q.outcomes.partial > 0 ? `, ${q.outcomes.partial} partly right` : ''}, ${q.outcomes.wrong} wrong, ${q.outcomes.unanswered} no answer`}
        </dd>
        <dt className="font-semibold">Facility</dt>
        <dd className="tabular-nums">{q.facility === null ? '—' : formatPercent(q.facility, 1)}</dd>
        <dt className="font-semibold">Discrimination</dt>
        <dd className="tabular-nums">{decimal(q.discrimination)}</dd>
        <dt className="font-semibold">Type</dt>
        <dd>{QUESTION_TYPES[q.questionType]}</dd>
      </dl>
      {q.spread.length > 0 ? (
        <div className="space-y-1">
          <h4 className="font-semibold">
            Answers chosen{q.questionType === 'multiple-select' ? ' (each option ticked)' : ''}
          </h4>
          <ul className="max-w-3xl space-y-1.5">
            {q.spread.map((option) => (
              <li
                key={option.label}
                className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-0.5 sm:grid-cols-[minmax(0,1fr)_10rem_3.5rem]"
              >
                <span className={option.isKey ? 'font-semibold' : undefined}>
                  {option.isKey && <span aria-hidden="true">✓ </span>}
                  {option.label}: {option.count}
                  {option.isKey && <span className="text-sm font-normal"> (correct)</span>}
                </span>
                <span
                  aria-hidden="true"
                  className="order-last col-span-2 h-2 rounded bg-stone-200 sm:order-none sm:col-span-1 dark:bg-stone-800"
                >
                  <span
                    className={`block h-2 rounded ${option.isKey ? 'bg-green-700 dark:bg-green-400' : 'bg-stone-600 dark:bg-stone-400'}`}
                    style={{ width: `${answered === 0 ? 0 : (option.count / answered) * 100}%` }}
                  />
                </span>
                <span className="text-sm tabular-nums sm:text-right">
                  {answered === 0 ? '—' : formatPercent(option.count, answered)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        q.mostChosenWrong.length > 0 && (
          <div className="space-y-1">
            <h4 className="font-semibold">Most given wrong answers</h4>
            <ul className="space-y-0.5">
              {q.mostChosenWrong.map((w) => (
                <li key={w.key}>
                  {w.label}: {w.count}
                </li>
              ))}
            </ul>
          </div>
        )
      )}
      {regrade && <RegradeActions assignmentId={assignmentId} question={regrade} hasSpread={false} />}
    </li>
  );
}
