import { formatDay, formatPoints } from '@/components/quiz/format';
import type { QuestionCreditEntry } from '@/lib/gradebook/views';

/** "Ms Adler set 1 of 1 on 4 Dec 2026: “accepted the spelling”", every change of this question, oldest first. */
export function QuestionCreditLog({
  credits,
  questionId,
}: {
  credits: readonly QuestionCreditEntry[];
  questionId: string;
}) {
  const own = credits.filter((c) => c.questionId === questionId);
  if (own.length === 0) return null;
  return (
    <ul aria-label="Credit given" className="space-y-1 text-sm">
      {own.map((c, index) => (
        <li key={c.id} className={index < own.length - 1 ? 'text-stone-600 dark:text-stone-400' : ''}>
          {c.teacherName} set {formatPoints(c.score)} of 1 on {formatDay(c.date)}: “{c.reason}”
          {index < own.length - 1 && own.length > 1 ? ' (since changed)' : ''}
        </li>
      ))}
    </ul>
  );
}
