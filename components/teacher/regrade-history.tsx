import { formatDay, formatPoints } from '@/components/quiz/format';
import type { TeacherRegradeNote } from '@/lib/gradebook/views';

// The regrade history of one attempt, as its teacher reads it: every change, with where it came
// from and why. Overrides are separate (the gradebook cell) and stay on top of these scores.

const SOURCE: Record<TeacherRegradeNote['source'], string> = {
  content: 'question corrected in the course',
  teacher: 'your adjustment',
  credit: 'credit on this attempt',
};

function line(note: TeacherRegradeNote, questionNumber: number | undefined): string {
  const total =
    note.oldAttemptScore !== null && note.newAttemptScore !== null
      ? ` (attempt ${formatPoints(note.oldAttemptScore)} → ${formatPoints(note.newAttemptScore)})`
      : '';
  const question = questionNumber ? `question ${questionNumber}` : note.questionId;
  return `Regraded ${formatDay(note.date)}: ${formatPoints(note.oldScore)} → ${formatPoints(note.newScore)} on ${question}${total}, ${SOURCE[note.source]}, because: ${note.reason}`;
}

export function RegradeHistory({
  notes,
  numberOf,
}: {
  notes: readonly TeacherRegradeNote[];
  numberOf: ReadonlyMap<string, number>;
}) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="regrade-history" className="space-y-3">
      <h2 id="regrade-history" className="text-xl font-bold">
        Regrade history
      </h2>
      <ul className="space-y-2">
        {notes.map((n) => (
          <li
            key={`${n.date}:${n.questionId}:${n.source}:${n.newScore}`}
            className="rounded-lg border border-stone-400 px-4 py-3 leading-relaxed dark:border-stone-600"
          >
            {line(n, numberOf.get(n.questionId))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One question's regrades, under it. */
export function QuestionRegrades({ notes, questionId }: { notes: readonly TeacherRegradeNote[]; questionId: string }) {
  // Credit given on this attempt is listed with its teacher beside the question (question-credit-log.tsx).
  const own = notes.filter((n) => n.questionId === questionId && n.source !== 'credit');
  if (own.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm">
      {own.map((n) => (
        <li key={`${n.date}:${n.source}`}>
          <span className="font-semibold">Regraded {formatDay(n.date)}:</span> {formatPoints(n.oldScore)} →{' '}
          {formatPoints(n.newScore)}, {SOURCE[n.source]}, because: {n.reason}
        </li>
      ))}
    </ul>
  );
}
