import Link from '@/components/ui/link';

import type { ClassAssignment } from '@/lib/assignments/list-assignments-for-class';
import { LocalTime } from '@/components/ui/local-time';
import { timeLimitText } from './time-limit';
import { linkClass } from '@/components/ui/button';

function attemptsLabel(n: number | null): string {
  return n === null ? 'Unlimited attempts' : `${n} attempt${n === 1 ? '' : 's'}`;
}

/** The class's assignments with when they are due and their rules; each title opens its page (details, accommodations). */
export function AssignmentList({ assignments }: { assignments: ClassAssignment[] }) {
  if (assignments.length === 0) return <p>Nothing assigned yet.</p>;
  return (
    <ul className="divide-y divide-stone-300 dark:divide-stone-700">
      {assignments.map((a) => (
        <li key={a.id} className="space-y-1 py-3">
          <h3 className="font-semibold">
            <Link href={`/teach/assignments/${encodeURIComponent(a.id)}`} className={linkClass}>
              {a.title}
            </Link>
          </h3>
          <p className="text-sm">
            Due <LocalTime iso={a.dueAt} /> · {attemptsLabel(a.attemptsAllowed)} (
            {a.grading === 'last' ? 'last counts' : 'highest counts'}) ·{' '}
            {timeLimitText(a.timeLimitMinutes, 'No time limit')}
          </p>
        </li>
      ))}
    </ul>
  );
}
