import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';

export type ClassListItem = { id: string; name: string; studentCount: number; joinCode: string };

/** A teacher's classes, each linking to its page, with how many students and the code to join. */
export function ClassList({ classes }: { classes: ClassListItem[] }) {
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {classes.map((item) => (
        <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 py-3">
          <h3 className="text-lg font-semibold">
            <Link href={`/teach/classes/${item.id}`} className={linkClass}>
              {item.name}
            </Link>
          </h3>
          <p className="text-stone-700 dark:text-stone-300">
            {item.studentCount === 1 ? '1 student' : `${item.studentCount} students`}
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, </span>
            join code <span className="font-mono font-semibold tracking-wider">{item.joinCode}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
