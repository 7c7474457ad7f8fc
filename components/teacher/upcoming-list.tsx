import Link from '@/components/ui/link';

import type { UpcomingAssignment } from '@/lib/teaching/views';
import { FactSeparator } from './fact-separator';
import { LocalTime } from '@/components/ui/local-time';
import { linkClass } from '@/components/ui/button';

const assignmentHref = (assignmentId: string) => `/teach/assignments/${encodeURIComponent(assignmentId)}`;

/** "Coming up" on the teacher's dashboard: soonest due first, each opening its assignment's page. */
export function UpcomingList({ assignments, days }: { assignments: UpcomingAssignment[]; days: number }) {
  if (assignments.length === 0) {
    return (
      <p className="leading-relaxed text-stone-700 dark:text-stone-300">Nothing is due in the next {days} days.</p>
    );
  }
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {assignments.map((a) => (
        <li key={a.id} className="space-y-1 py-3">
          <h3 className="text-lg font-semibold">
            <Link href={assignmentHref(a.id)} className={linkClass}>
              {a.title}
            </Link>
          </h3>
          <p className="text-stone-700 dark:text-stone-300">
            {a.className}
            <FactSeparator />
            Due <LocalTime iso={a.dueAt} />
            {!a.isOpen && (
              <>
                <FactSeparator />
                Opens <LocalTime iso={a.opensAt} />
              </>
            )}
            <FactSeparator />
            <span className="font-semibold">
              {a.submitted} of {a.students} submitted
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
