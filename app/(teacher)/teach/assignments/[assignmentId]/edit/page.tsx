import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EditAssignmentForm } from '@/components/teacher/edit-assignment-form';
import { EditAssignmentRules } from '@/components/teacher/edit-assignment-rules';
import { getAssignmentForTeacher } from '@/lib/assignments/get-assignment-for-teacher';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { toLocalDateTime } from '@/lib/time/wall-clock';
import { getViewerTimeZone } from '@/lib/time/viewer-zone';

export const metadata: Metadata = { title: 'Edit assignment' };

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ assignmentId: string }> };

export default async function EditAssignmentPage({ params }: Props) {
  const { assignmentId } = await params;
  const teacher = await requirePermission('class.write', `/teach/assignments/${encodeURIComponent(assignmentId)}/edit`);
  // Scoped to the teacher in the query: another teacher's assignment is not found.
  const data = await getAssignmentForTeacher(await getDb(), teacher.id, assignmentId);
  if (!data) notFound();
  const { assignment: a } = data;
  const back = `/teach/assignments/${encodeURIComponent(a.id)}`;
  // The form shows wall-clock times in the zone the pages show dates in, and the action reads them in it.
  const zone = await getViewerTimeZone();
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={back} className={`${linkClass} inline-flex min-h-11 items-center`}>
          Back to {a.title}
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">Edit {a.title}</h1>
        <p>
          {a.className}. What was assigned cannot change here; everything below can. Times are in {zone}.
        </p>
      </header>
      {a.archivedAt !== null ? (
        <p>This assignment is archived, so it cannot be changed. Restore it from its page first.</p>
      ) : (
        <>
          <Card aria-labelledby="edit-rules-heading">
            <EditAssignmentRules />
          </Card>
          <EditAssignmentForm
            assignmentId={a.id}
            values={{
              opensAt: toLocalDateTime(new Date(a.opensAt), zone),
              dueAt: toLocalDateTime(new Date(a.dueAt), zone),
              closesAt: a.closesAt ? toLocalDateTime(new Date(a.closesAt), zone) : '',
              attemptsAllowed: a.attemptsAllowed,
              grading: a.grading,
              timeLimitMinutes: a.timeLimitMinutes,
              questionPool: a.questionPool,
              questionCount: a.questionCount,
              reviewScore: a.reviewPolicy.score,
              reviewAnswers: a.reviewPolicy.answers,
              reviewCorrect: a.reviewPolicy.correctAnswers,
            }}
          />
        </>
      )}
    </div>
  );
}
