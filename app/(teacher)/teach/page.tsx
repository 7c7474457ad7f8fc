import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { AttentionList } from '@/components/teacher/attention-list';
import { ClassList, type ClassListItem } from '@/components/teacher/class-list';
import { CreateClassForm } from '@/components/teacher/create-class-form';
import { UpcomingList } from '@/components/teacher/upcoming-list';
import { requirePermission } from '@/lib/auth/session';
import { formatJoinCode } from '@/lib/classes/join-code';
import { listClassesForTeacher } from '@/lib/classes/list-classes-for-teacher';
import type { TeacherClass } from '@/lib/classes/views';
import { systemClock } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { listAttentionItems } from '@/lib/teaching/list-attention-items';
import { listUpcomingAssignments, UPCOMING_DAYS } from '@/lib/teaching/list-upcoming-assignments';

export const metadata: Metadata = { title: 'Teaching' };

// Per teacher on every request; never prerendered.
export const dynamic = 'force-dynamic';

const toItem = (c: TeacherClass): ClassListItem => ({
  id: c.id,
  name: c.name,
  studentCount: c.studentCount,
  joinCode: formatJoinCode(c.joinCode),
});

// The teacher's dashboard: one section per concern, each a card. What is due soon and what waits
// for the teacher come first; every list is scoped to the teacher in its queries.
export default async function TeachPage() {
  const teacher = await requirePermission('class.write', '/teach');
  const db = await getDb();
  const now = systemClock();
  const [classes, upcoming, attention] = await Promise.all([
    listClassesForTeacher(db, teacher.id),
    listUpcomingAssignments(db, teacher.id, now),
    listAttentionItems(db, teacher.id, now),
  ]);
  const open = classes.filter((c) => !c.isArchived);
  const archived = classes.filter((c) => c.isArchived);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Teaching</h1>
        <p className="text-lg text-stone-700 dark:text-stone-300">
          What is due soon, what needs your attention, and your classes.
        </p>
      </header>

      <Card aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="text-2xl font-bold tracking-tight">
          Coming up
        </h2>
        <UpcomingList assignments={upcoming} days={UPCOMING_DAYS} />
      </Card>

      <Card aria-labelledby="attention-heading">
        <h2 id="attention-heading" className="text-2xl font-bold tracking-tight">
          Needs attention
        </h2>
        <AttentionList items={attention} />
      </Card>

      <Card aria-labelledby="classes-heading">
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
      </Card>

      <Card aria-labelledby="create-heading">
        <h2 id="create-heading" className="text-2xl font-bold tracking-tight">
          Create a class
        </h2>
        <CreateClassForm />
      </Card>

      {archived.length > 0 && (
        <Card aria-labelledby="archived-heading">
          <h2 id="archived-heading" className="text-2xl font-bold tracking-tight">
            Archived classes
          </h2>
          <p className="leading-relaxed text-stone-700 dark:text-stone-300">
            No one can join these; open one to unarchive it.
          </p>
          <ClassList classes={archived.map(toItem)} />
        </Card>
      )}
    </div>
  );
}
