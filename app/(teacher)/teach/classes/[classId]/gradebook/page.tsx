import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { GradebookTable } from '@/components/teacher/gradebook-table';
import { requirePermission } from '@/lib/auth/session';
import { systemClock } from '@/lib/clock';
import { getDb } from '@/lib/db';
import { getGradebook } from '@/lib/gradebook/get-gradebook';
import { parseGradebookSort, sortGradebookRows } from '@/lib/gradebook/sort-gradebook';
import { linkClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Gradebook' };

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ sort?: string | string[] }> };

export default async function GradebookPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const basePath = `/teach/classes/${encodeURIComponent(classId)}/gradebook`;
  const teacher = await requirePermission('class.read', basePath);
  // Scoped to the teacher in the query: another teacher's class is not found.
  const gradebook = await getGradebook(await getDb(), teacher.id, classId, systemClock());
  if (!gradebook) notFound();
  const sort = parseGradebookSort((await searchParams).sort, gradebook);
  const rows = sortGradebookRows(gradebook, sort);
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/teach/classes/${encodeURIComponent(gradebook.class.id)}`} className={linkClass}>
          Back to {gradebook.class.name}
        </Link>
      </nav>
      <header className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight break-words sm:text-4xl">Gradebook: {gradebook.class.name}</h1>
        <a href={`/api/classes/${encodeURIComponent(gradebook.class.id)}/gradebook.csv`} download className={linkClass}>
          Download CSV
        </a>
      </header>
      {gradebook.assignments.length === 0 || rows.length === 0 ? (
        <p>{gradebook.assignments.length === 0 ? 'Nothing assigned yet.' : 'No students in this class yet.'}</p>
      ) : (
        <GradebookTable gradebook={gradebook} rows={rows} sort={sort} basePath={basePath} />
      )}
    </div>
  );
}
