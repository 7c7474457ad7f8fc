import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';
import { LocalTime } from '@/components/ui/local-time';
import type { ArchivedAssignment } from '@/lib/assignments/list-archived-assignments';

/** Deleted assignments, kept for the record: each opens read-only, where it can be restored. */
export function ArchivedAssignmentList({ assignments }: { assignments: ArchivedAssignment[] }) {
  if (assignments.length === 0) return null;
  return (
    <section aria-labelledby="archived-assignments-heading" className="space-y-2">
      <h3 id="archived-assignments-heading" className="text-lg font-semibold">
        Deleted assignments
      </h3>
      <p className="text-stone-700 dark:text-stone-300">
        Kept for the record, out of the gradebook and students’ work. Open one to see it or restore it.
      </p>
      <ul className="space-y-1">
        {assignments.map((a) => (
          <li key={a.id}>
            <Link href={`/teach/assignments/${encodeURIComponent(a.id)}`} className={linkClass}>
              {a.title}
            </Link>{' '}
            — deleted <LocalTime iso={a.archivedAt} />
          </li>
        ))}
      </ul>
    </section>
  );
}
