import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { AccommodationForm } from '@/components/teacher/accommodation-form';
import { AccommodationTable } from '@/components/teacher/accommodation-table';
import { AssignmentHistoryList } from '@/components/teacher/assignment-history-list';
import { AssignmentSummary } from '@/components/teacher/assignment-summary';
import { DeleteAssignmentButton } from '@/components/teacher/delete-assignment-button';
import { Badge } from '@/components/ui/badge';
import { countAssignmentAttempts } from '@/lib/assignments/archive-assignment';
import { listAssignmentHistory } from '@/lib/assignments/assignment-history';
import { getAssignmentForTeacher } from '@/lib/assignments/get-assignment-for-teacher';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { buttonClass, linkClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Assignment' };

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ assignmentId: string }> };

export default async function AssignmentPage({ params }: Props) {
  const { assignmentId } = await params;
  const teacher = await requirePermission('class.write', `/teach/assignments/${encodeURIComponent(assignmentId)}`);
  // Scoped to the teacher in the query: another teacher's assignment is not found.
  const db = await getDb();
  const data = await getAssignmentForTeacher(db, teacher.id, assignmentId);
  if (!data) notFound();
  const { assignment, students, accommodations } = data;
  const [history, count] = await Promise.all([
    listAssignmentHistory(db, assignment.id),
    countAssignmentAttempts(db, teacher.id, assignment.id),
  ]);
  const isArchived = assignment.archivedAt !== null;
  const id = encodeURIComponent(assignment.id);
  const classHref = `/teach/classes/${encodeURIComponent(assignment.classId)}`;
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={classHref} className={`${linkClass} inline-flex min-h-11 items-center`}>
          Back to {assignment.className}
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">{assignment.title}</h1>
        {isArchived && (
          <Badge as="p" className="inline-block text-sm">
            Archived: deleted, kept for the record (read-only)
          </Badge>
        )}
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href={`/teach/assignments/${id}/statistics`} className={linkClass}>
            Statistics
          </Link>
          <Link href={`${classHref}/gradebook`} className={linkClass}>
            Gradebook
          </Link>
        </p>
      </header>
      <Card aria-labelledby="details-heading">
        <h2 id="details-heading" className="text-2xl font-bold tracking-tight">
          Details
        </h2>
        <AssignmentSummary assignment={assignment} />
        <div className="flex flex-wrap items-start gap-4">
          {!isArchived && (
            <Link href={`/teach/assignments/${id}/edit`} className={buttonClass('primary')}>
              Edit rules and dates
            </Link>
          )}
          <DeleteAssignmentButton
            assignmentId={assignment.id}
            title={assignment.title}
            isArchived={isArchived}
            count={count ?? { students: 0, attempts: 0 }}
          />
        </div>
      </Card>
      <Card aria-labelledby="accommodations-heading">
        <h2 id="accommodations-heading" className="text-2xl font-bold tracking-tight">
          Accommodations
        </h2>
        <p>
          Extra time multiplies the time limit for one student, and a later due date also keeps the assignment open for
          that student until then.
        </p>
        <AccommodationTable assignmentId={assignment.id} rows={accommodations} />
        {!isArchived && (
          <AccommodationForm
            assignmentId={assignment.id}
            hasTimeLimit={assignment.timeLimitMinutes !== null}
            students={students}
          />
        )}
      </Card>
      <Card aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-2xl font-bold tracking-tight">
          History
        </h2>
        <AssignmentHistoryList entries={history} />
      </Card>
    </div>
  );
}
