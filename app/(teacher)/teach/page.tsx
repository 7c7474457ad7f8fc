import type { Metadata } from 'next';
import { card } from '@/components/dashboard/styles';
import { ClassList, type ClassListItem } from '@/components/teacher/class-list';
import { CreateClassForm } from '@/components/teacher/create-class-form';
import { requirePermission } from '@/lib/auth/session';
import { formatJoinCode } from '@/lib/classes/join-code';
import { listClassesForTeacher } from '@/lib/classes/list-classes-for-teacher';
import type { TeacherClass } from '@/lib/classes/views';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'Teaching' };

// Per teacher on every request; never prerendered.
export const dynamic = 'force-dynamic';

const toItem = (c: TeacherClass): ClassListItem => ({ id: c.id, name: c.name, studentCount: c.studentCount, joinCode: formatJoinCode(c.joinCode) });

// The teacher's dashboard: one section per concern, each a card, so later ones (due dates, who
// needs attention) slot in as further sections.
export default async function TeachPage() {
  const teacher = await requirePermission('class.write', '/teach');
  const classes = await listClassesForTeacher(await getDb(), teacher.id);
  const open = classes.filter((c) => !c.isArchived);
  const archived = classes.filter((c) => c.isArchived);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Teaching</h1>
        <p className="text-lg text-stone-700 dark:text-stone-300">Your classes, their join codes and their students.</p>
      </header>

      <section aria-labelledby="classes-heading" className={card}>
        <h2 id="classes-heading" className="text-2xl font-bold tracking-tight">
          Your classes
        </h2>
        {open.length === 0 ? (
          <p className="leading-relaxed text-stone-700 dark:text-stone-300">
            No classes yet. Create one below: it gets a join code for your students.
          </p>
        ) : (
          <ClassList classes={open.map(toItem)} />
        )}
      </section>

      <section aria-labelledby="create-heading" className={card}>
        <h2 id="create-heading" className="text-2xl font-bold tracking-tight">
          Create a class
        </h2>
        <CreateClassForm />
      </section>

      {archived.length > 0 && (
        <section aria-labelledby="archived-heading" className={card}>
          <h2 id="archived-heading" className="text-2xl font-bold tracking-tight">
            Archived classes
          </h2>
          <p className="leading-relaxed text-stone-700 dark:text-stone-300">No one can join these; open one to unarchive it.</p>
          <ClassList classes={archived.map(toItem)} />
        </section>
      )}
    </div>
  );
}
