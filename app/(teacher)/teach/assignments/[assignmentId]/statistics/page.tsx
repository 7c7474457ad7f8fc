import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { MasteryTable } from '@/components/teacher/mastery-table';
import { QuestionStatisticsCard } from '@/components/teacher/question-statistics-card';
import { RegradePanel } from '@/components/teacher/regrade-panel';
import { requirePermission } from '@/lib/auth/session';
import { systemClock } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { getAssignmentStatistics } from '@/lib/gradebook/get-assignment-statistics';
import { getRegradePanel } from '@/lib/regrade/get-regrade-panel';
import { linkClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Assignment statistics' };

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ assignmentId: string }> };

export default async function StatisticsPage({ params }: Props) {
  const { assignmentId } = await params;
  const teacher = await requirePermission(
    'class.read',
    `/teach/assignments/${encodeURIComponent(assignmentId)}/statistics`,
  );
  // Scoped to the teacher in the query: another teacher's assignment is not found.
  const db = await getDb();
  const [stats, regrade] = await Promise.all([
    getAssignmentStatistics(db, teacher.id, assignmentId, systemClock()),
    getRegradePanel(db, teacher.id, assignmentId),
  ]);
  if (!stats || !regrade) notFound();
  const { assignment } = stats;
  const regradeOf = new Map(regrade.map((q) => [q.questionId, q]));
  const listed = new Set(stats.questions.map((q) => q.questionId));
  const others = regrade.filter((q) => !listed.has(q.questionId));
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href={`/teach/classes/${encodeURIComponent(assignment.classId)}/gradebook`}
          className={`${linkClass} inline-flex min-h-11 items-center`}
        >
          Back to the gradebook of {assignment.className}
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">Statistics: {assignment.title}</h1>
        <p>
          {stats.counts.submitted} of {stats.counts.students} students submitted.{' '}
          <a
            href={`/api/assignments/${encodeURIComponent(assignment.id)}/responses.csv`}
            download
            className={linkClass}
          >
            Download responses CSV
          </a>
        </p>
      </header>
      <Card aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-2xl font-bold tracking-tight">
          Questions
        </h2>
        <p className="text-sm">
          Numbered as in the module&apos;s question bank, the same for every student whatever position their draw gave
          it. n: the students whose counted attempt drew the question. Facility: the share of the marks they earned.
          Discrimination: how well the question separates stronger from weaker students (−1 to 1). A regrade only raises
          scores, shows who changes before you confirm, applies to later answers too, and leaves your grade overrides in
          place.
        </p>
        <ol aria-label="Statistics per question" className="space-y-6">
          {stats.questions.map((q) => (
            <QuestionStatisticsCard
              key={q.questionId}
              question={q}
              assignmentId={assignment.id}
              regrade={regradeOf.get(q.questionId)}
            />
          ))}
        </ol>
      </Card>
      {others.length > 0 && (
        <Card aria-labelledby="regrade-heading">
          <h2 id="regrade-heading" className="text-2xl font-bold tracking-tight">
            Answered in attempts still in progress
          </h2>
          <p className="text-sm">These questions are in no counted attempt yet; you can regrade their answers here.</p>
          <RegradePanel assignmentId={assignment.id} questions={others} />
        </Card>
      )}
      <Card aria-labelledby="mastery-heading">
        <h2 id="mastery-heading" className="text-2xl font-bold tracking-tight">
          Score by learning objective
        </h2>
        <p className="text-sm">
          Percent scored on each objective&apos;s questions in each student&apos;s counted attempt. Green is 80% or
          more, amber 50–79%, red below 50%. One attempt is one occasion: a student&apos;s own dashboard shows Mastered
          only after right first tries on two occasions.
        </p>
        <MasteryTable stats={stats} />
      </Card>
    </div>
  );
}
