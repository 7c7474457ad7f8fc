import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { TeacherAttemptView } from '@/components/teacher/teacher-attempt-view';
import { requirePermission } from '@/lib/auth/session';
import { systemClock } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { getStudentAttemptForTeacher } from '@/lib/gradebook/get-student-attempt-for-teacher';
import { linkClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Student attempt' };

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ attemptId: string }> };

export default async function TeacherAttemptPage({ params }: Props) {
  const { attemptId } = await params;
  const teacher = await requirePermission('class.read', `/teach/attempts/${encodeURIComponent(attemptId)}`);
  // Scoped to the teacher's classes in the query: another teacher's student's attempt is not found.
  const view = await getStudentAttemptForTeacher(await getDb(), teacher.id, attemptId, systemClock());
  if (!view) notFound();
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href={`/teach/classes/${encodeURIComponent(view.assignment.classId)}/gradebook`}
          className={`${linkClass} inline-flex min-h-11 items-center`}
        >
          Back to the gradebook of {view.assignment.className}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">
        {view.assignment.title}: {view.student.name}
      </h1>
      <TeacherAttemptView view={view} />
    </div>
  );
}
