import Link from '@/components/ui/link';

import type { AttentionItem, OverdueCounts } from '@/lib/teaching/views';
import { FactSeparator } from './fact-separator';
import { LocalTime } from '@/components/ui/local-time';
import { linkClass } from '@/components/ui/button';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The overdue counts in words, leaving out the zeros. */
function describeOverdue(counts: OverdueCounts): string {
  return [
    counts.missed > 0 && `${plural(counts.missed, 'student', 'students')} missed it`,
    counts.late > 0 && plural(counts.late, 'late submission', 'late submissions'),
    counts.unfinished > 0 && `${plural(counts.unfinished, 'student', 'students')} started but did not submit`,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * "Needs attention" on the teacher's dashboard, one entry per assignment with every reason under
 * it: who missed the work or handed it in late (to the gradebook, where a grade can be excused or
 * overridden), and questions whose statistics look broken (to the statistics page).
 */
export function AttentionList({ items }: { items: AttentionItem[] }) {
  if (items.length === 0)
    return <p className="leading-relaxed text-stone-700 dark:text-stone-300">Nothing needs your attention.</p>;
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {items.map((item) => (
        <li key={item.assignmentId} className="space-y-2 py-3">
          <h3 className="text-lg font-semibold">{item.title}</h3>
          <p className="text-stone-700 dark:text-stone-300">
            {item.className}
            <FactSeparator />
            Due <LocalTime iso={item.dueAt} />
            {item.flagged && (
              <>
                <FactSeparator />
                {item.flagged.submitted} submitted
              </>
            )}
          </p>
          {item.overdue && (
            <p>
              {describeOverdue(item.overdue)}.{' '}
              <Link href={`/teach/classes/${encodeURIComponent(item.classId)}/gradebook`} className={linkClass}>
                Open the gradebook
              </Link>
            </p>
          )}
          {item.flagged && (
            <>
              <ul className="list-disc space-y-1 pl-5">
                {item.flagged.questions.map((q) => (
                  <li key={q.number}>
                    <span className="font-semibold">Question Q{q.number} may be broken.</span> {q.reason}
                  </li>
                ))}
              </ul>
              <p>
                <Link
                  href={`/teach/assignments/${encodeURIComponent(item.assignmentId)}/statistics`}
                  className={linkClass}
                >
                  Open the statistics
                </Link>
              </p>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
