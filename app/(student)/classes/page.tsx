import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { ClassCardList, type StudentClassItem } from '@/components/student/class-card-list';
import { MY_WORK_PATH } from '@/lib/auth/landing-path';
import { can } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { listClassesForStudent } from '@/lib/classes/list-classes-for-student';
import type { StudentClass } from '@/lib/classes/views';
import { getDb } from '@/lib/db';
import { linkClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'My classes' };

export const dynamic = 'force-dynamic';

const toItem = (c: StudentClass): StudentClassItem => ({
  id: c.id,
  name: c.name,
  teacherName: c.teacherName,
  joinedAt: c.joinedAt,
});

// The classes a student is in, and the way into another. What the classes set is listed once,
// on My work (/work), which each class's card links to.
export default async function MyClassesPage() {
  const user = await requireUser('/classes');
  const classes = await listClassesForStudent(await getDb(), user.id);
  const current = classes.filter((c) => !c.isArchived);
  const past = classes.filter((c) => c.isArchived);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">My classes</h1>
        <p className="text-stone-700 dark:text-stone-300">
          What your classes have set is under{' '}
          <Link href={MY_WORK_PATH} className={linkClass}>
            My work
          </Link>
          . Got a code from your teacher?{' '}
          <Link href="/join" className={linkClass}>
            Join a class
          </Link>
        </p>
        {can(user, 'class.read') && (
          <p className="text-stone-700 dark:text-stone-300">
            The classes you teach are under{' '}
            <Link href="/teach" className={linkClass}>
              Teaching
            </Link>
            .
          </p>
        )}
      </header>
      {current.length === 0 ? (
        <p className="leading-relaxed">
          You are not in any class yet. Once you join one with its code, it appears here.
        </p>
      ) : (
        <ClassCardList classes={current.map(toItem)} headingLevel={2} hasWorkLink />
      )}
      {past.length > 0 && (
        <section aria-labelledby="past-heading" className="space-y-4">
          <h2 id="past-heading" className="text-2xl font-bold tracking-tight">
            Archived classes
          </h2>
          <ClassCardList classes={past.map(toItem)} headingLevel={3} hasWorkLink={false} />
        </section>
      )}
    </div>
  );
}
