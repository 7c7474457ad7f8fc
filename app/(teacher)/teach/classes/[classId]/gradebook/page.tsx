import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { GradebookFilters } from '@/components/teacher/gradebook-filters';
import { GradebookTable } from '@/components/teacher/gradebook-table';
import { ScoreBandLegend } from '@/components/teacher/score-band';
import { requirePermission } from '@/lib/auth/session';
import { systemClock } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { getGradebook } from '@/lib/gradebook/get-gradebook';
import { buildGradebookView, parseGradebookQuery } from '@/lib/gradebook/gradebook-view';
import { linkClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Gradebook' };

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function GradebookPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const basePath = `/teach/classes/${encodeURIComponent(classId)}/gradebook`;
  const teacher = await requirePermission('class.read', basePath);
  // Scoped to the teacher in the query: another teacher's class is not found.
  const gradebook = await getGradebook(await getDb(), teacher.id, classId, systemClock());
  if (!gradebook) notFound();
  const search = await searchParams;
  const query = parseGradebookQuery(search, gradebook);
  const view = buildGradebookView(gradebook, query);
  const belowText = [search.below].flat()[0] ?? '';
  const isEmpty = gradebook.assignments.length === 0 || gradebook.rows.length === 0;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href={`/teach/classes/${encodeURIComponent(gradebook.class.id)}`}
          className={`${linkClass} inline-flex min-h-11 items-center`}
        >
          Back to {gradebook.class.name}
        </Link>
      </nav>
      <header className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">Gradebook: {gradebook.class.name}</h1>
        <a href={`/api/classes/${encodeURIComponent(gradebook.class.id)}/gradebook.csv`} download className={linkClass}>
          Download CSV
        </a>
      </header>
      {isEmpty ? (
        <p>{gradebook.assignments.length === 0 ? 'Nothing assigned yet.' : 'No students in this class yet.'}</p>
      ) : (
        <>
          <GradebookFilters
            query={query}
            assignments={gradebook.assignments}
            basePath={basePath}
            belowText={belowText}
          />
          <ScoreBandLegend />
          <p role="status" className="font-semibold">
            {view.rows.length === view.total
              ? `All ${view.total} students.`
              : `${view.rows.length} of ${view.total} students match the filters.`}
            <span className="font-normal sm:hidden"> Scroll the grid sideways for every assignment.</span>
          </p>
          {view.rows.length > 0 && (
            <GradebookTable gradebook={gradebook} view={view} query={query} basePath={basePath} />
          )}
        </>
      )}
    </div>
  );
}
