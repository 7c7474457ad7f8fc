import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { AddStudentsForm } from '@/components/teacher/add-students-form';
import { AssignForm } from '@/components/teacher/assign-form';
import { AssignmentList } from '@/components/teacher/assignment-list';
import { ArchiveClassButton } from '@/components/teacher/archive-class-button';
import { ArchivedAssignmentList } from '@/components/teacher/archived-assignment-list';
import { JoinCodePanel } from '@/components/teacher/join-code-panel';
import { RenameClassForm } from '@/components/teacher/rename-class-form';
import { Roster } from '@/components/teacher/roster';
import { listArchivedAssignments } from '@/lib/assignments/list-archived-assignments';
import { listAssignmentsForClass } from '@/lib/assignments/list-assignments-for-class';
import { requirePermission } from '@/lib/auth/session';
import { getClassForTeacher } from '@/lib/classes/get-class-for-teacher';
import { formatJoinCode } from '@/lib/classes/join-code';
import { listRoster } from '@/lib/classes/list-roster';
import { getFeaturedCourse } from '@/lib/content/course';
import { getDb } from '@/lib/db';
import { getViewerTime } from '@/lib/time/viewer-zone';
import { linkClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Class' };

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ classId: string }> };

export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const teacher = await requirePermission('class.write', `/teach/classes/${encodeURIComponent(classId)}`);
  const db = await getDb();
  // The teacher is part of the query: another teacher's class is simply not found.
  const klass = await getClassForTeacher(db, teacher.id, classId);
  if (!klass) notFound();
  const roster = await listRoster(db, teacher.id, klass.id);
  const assignments = await listAssignmentsForClass(db, teacher.id, klass.id);
  const archivedAssignments = await listArchivedAssignments(db, teacher.id, klass.id);
  const course = getFeaturedCourse();
  const code = formatJoinCode(klass.joinCode);
  return (
    <div className="space-y-10">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/teach" className={`${linkClass} inline-flex min-h-11 items-center`}>
          Back to your classes
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">{klass.name}</h1>
        {klass.isArchived && (
          <Badge as="p" className="inline-block text-sm">
            Archived
          </Badge>
        )}
      </header>

      <JoinCodePanel code={code} joinPath={`/join/${code}`} isArchived={klass.isArchived} />

      <Card aria-labelledby="roster-heading">
        <Roster classId={klass.id} classTitle={klass.name} students={roster} />
      </Card>

      {!klass.isArchived && (
        <Card aria-labelledby="add-students-heading">
          <h2 id="add-students-heading" className="text-2xl font-bold tracking-tight">
            Add students who have no email
          </h2>
          <p className="leading-relaxed text-stone-700 dark:text-stone-300">
            Students with an email join with the class code. For those without one, write their names: Sourcewise makes
            their accounts and gives you a sign-in card for each, with a username and a personal code.
          </p>
          <AddStudentsForm classId={klass.id} />
        </Card>
      )}

      <Card aria-labelledby="assignments-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-4">
          <h2 id="assignments-heading" className="text-2xl font-bold tracking-tight">
            Assignments
          </h2>
          <Link href={`/teach/classes/${encodeURIComponent(klass.id)}/gradebook`} className={linkClass}>
            Gradebook
          </Link>
        </div>
        <AssignmentList assignments={assignments} />
        <ArchivedAssignmentList assignments={archivedAssignments} />
        {!klass.isArchived && (
          <AssignForm
            classId={klass.id}
            courseId={course.id}
            modules={course.moduleList.map((m) => ({ id: m.id, title: m.title }))}
            viewer={await getViewerTime()}
            now={new Date().toISOString()}
          />
        )}
      </Card>

      <Card aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="text-2xl font-bold tracking-tight">
          Class settings
        </h2>
        <RenameClassForm classId={klass.id} name={klass.name} />
        <ArchiveClassButton classId={klass.id} isArchived={klass.isArchived} />
      </Card>
    </div>
  );
}
