import type { RegradeNoteView } from '@/lib/attempts/views';
import { formatDay, formatPoints } from './format';

// A regrade as the student reads it; which notes reach them is decided on the server
// (lib/regrade/regrade-notes.ts, by the attempt's disclosure): a reason shows only where that
// question's verdict does, a total only where the score does.

const noteClass = 'rounded-lg border border-stone-400 px-4 py-3 leading-relaxed dark:border-stone-600';

/** The changes of the attempt's total. */
export function AttemptRegradeNotes({ notes }: { notes: readonly RegradeNoteView[] }) {
  const totals = notes.filter((n) => n.questionId === null);
  if (totals.length === 0) return null;
  return (
    <ul className="space-y-2">
      {totals.map((n) => (
        <li key={`${n.date}:${n.oldScore}`} className={noteClass}>
          {n.byTeacher ? 'Grade changed by your teacher' : 'Regraded'} on {formatDay(n.date)}: your score changed from{' '}
          {formatPoints(n.oldScore)} to {formatPoints(n.newScore)}.
        </li>
      ))}
    </ul>
  );
}

/** This question's regrades, with why. */
export function QuestionRegradeNotes({ notes, questionId }: { notes: readonly RegradeNoteView[]; questionId: string }) {
  const own = notes.filter((n) => n.questionId === questionId);
  if (own.length === 0) return null;
  return (
    <ul className="space-y-2">
      {own.map((n) => (
        <li key={`${n.date}:${n.oldScore}:${n.newScore}`} className={noteClass}>
          <span className="font-semibold">
            {n.byTeacher ? 'Changed by your teacher' : 'Regraded'} on {formatDay(n.date)} ({formatPoints(n.oldScore)} →{' '}
            {formatPoints(n.newScore)} {n.newScore === 1 ? 'point' : 'points'})
          </span>{' '}
          because: {n.reason}
        </li>
      ))}
    </ul>
  );
}
