import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';
import { LocalTime } from '@/components/ui/local-time';
import { workHrefFor } from './work-class-filter';

export type StudentClassItem = {
  id: string;
  name: string;
  teacherName: string;
  joinedAt: string;
};

/**
 * The classes a student is in, each a card with its teacher. The work itself is listed once, on
 * "My work": a current class's card links to its part of that list (an archived class's work is
 * no longer set, so its card has no link).
 */
export function ClassCardList({
  classes,
  headingLevel,
  hasWorkLink,
}: {
  classes: StudentClassItem[];
  headingLevel: 2 | 3;
  hasWorkLink: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="space-y-4">
      {classes.map((item) => (
        <li key={item.id} className="space-y-1 rounded-xl border border-stone-200 p-4 sm:p-5 dark:border-stone-800">
          <Heading className="text-xl font-bold tracking-tight">{item.name}</Heading>
          <p className="text-stone-700 dark:text-stone-300">
            Teacher: {item.teacherName}
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, </span>
            joined <LocalTime iso={item.joinedAt} />
          </p>
          {hasWorkLink && (
            <p>
              <Link href={workHrefFor(item.id)} className={linkClass}>
                Work set in this class<span className="sr-only"> ({item.name})</span>
              </Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
