import type { StudentAssignment } from '@/lib/assignments/list-assignments-for-student';
import { LocalTime } from '@/components/ui/local-time';
import { AssignedList } from './assigned-list';

export type StudentClassItem = {
  id: string;
  name: string;
  teacherName: string;
  joinedAt: string;
  assignments?: StudentAssignment[];
};

/** The classes a student is in, each a card that later also lists the class's assignments. */
export function ClassCardList({ classes, headingLevel }: { classes: StudentClassItem[]; headingLevel: 2 | 3 }) {
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
          {item.assignments && (
            <AssignedList assignments={item.assignments} headingLevel={headingLevel === 2 ? 3 : 4} />
          )}
        </li>
      ))}
    </ul>
  );
}
