import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { MyWorkList } from '@/components/student/my-work-list';
import { WorkClassFilter } from '@/components/student/work-class-filter';
import { linkClass } from '@/components/ui/button';
import { listMyWork } from '@/lib/assignments/list-my-work';
import { MY_WORK_PATH } from '@/lib/auth/landing-path';
import { requireUser } from '@/lib/auth/session';
import { listClassesForStudent } from '@/lib/classes/list-classes-for-student';
import { systemClock } from '@/lib/clock';
import { getFeaturedCourse } from '@/lib/content/course';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'My work' };

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ class?: string | string[] }> };

// Where a student in a class lands after signing in: what their teachers have set, as a to-do
// list; the one place a student's assigned work is listed. `?class=` keeps to one of their classes
// (each class's card on /classes links here with it).
export default async function MyWorkPage({ searchParams }: Props) {
  const user = await requireUser(MY_WORK_PATH);
  const asked = [(await searchParams).class].flat()[0];
  const db = await getDb();
  // Only the student's own current classes can be chosen: another class's id shows all their work.
  const classes = (await listClassesForStudent(db, user.id)).filter((c) => !c.isArchived);
  const selected = classes.find((c) => c.id === asked) ?? null;
  const items = await listMyWork(db, user.id, systemClock(), selected ? { classId: selected.id } : {});
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">My work{selected && `: ${selected.name}`}</h1>
        <p className="text-stone-700 dark:text-stone-300">
          What your teachers have set, due soonest first. Your classes are under{' '}
          <Link href="/classes" className={linkClass}>
            My classes
          </Link>
          .
        </p>
        {asked !== undefined && !selected && (
          <p role="status" className="font-semibold">
            That link is not to one of your current classes, so this is all your work.
          </p>
        )}
      </header>
      {(classes.length > 1 || selected) && <WorkClassFilter classes={classes} selectedId={selected?.id ?? null} />}
      {items.length === 0 ? (
        selected ? (
          <p className="leading-relaxed">Nothing is set in {selected.name} yet.</p>
        ) : (
          <p className="leading-relaxed">
            Nothing is set for you yet. Got a code from your teacher?{' '}
            <Link href="/join" className={linkClass}>
              Join a class
            </Link>
            , or learn on your own with{' '}
            <Link href={`/courses/${getFeaturedCourse().id}`} className={linkClass}>
              the course
            </Link>
            .
          </p>
        )
      ) : (
        <MyWorkList items={items} />
      )}
    </div>
  );
}
