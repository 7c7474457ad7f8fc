import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';
import {
  defaultDirection,
  gradebookHref,
  type GradebookQuery,
  type SortColumn,
  type SortDirection,
} from '@/lib/gradebook/gradebook-view';

const same = (a: SortColumn, b: SortColumn) =>
  a.by === b.by && (a.by !== 'assignment' || (b.by === 'assignment' && a.assignmentId === b.assignmentId));

/** What a column header's aria-sort says: the direction of the column the rows are sorted by. */
export function ariaSortOf(column: SortColumn, query: GradebookQuery): SortDirection | undefined {
  return same(column, query.sort) ? query.direction : undefined;
}

const WORDS: Record<SortColumn['by'], Record<SortDirection, string>> = {
  name: { ascending: 'A–Z', descending: 'Z–A' },
  average: { ascending: 'lowest first', descending: 'highest first' },
  assignment: { ascending: 'lowest first', descending: 'highest first' },
};

/**
 * A header's sort control: a link to the same gradebook (filters kept) sorted by this column, the
 * other way round when it is already sorted by it. A link, so it works before any script runs.
 */
export function SortLink({
  column,
  query,
  basePath,
  children,
}: {
  column: SortColumn;
  query: GradebookQuery;
  basePath: string;
  children: string;
}) {
  const current = ariaSortOf(column, query);
  const next: SortDirection =
    current === undefined ? defaultDirection(column) : current === 'ascending' ? 'descending' : 'ascending';
  return (
    <span className="block">
      <Link href={gradebookHref(basePath, { ...query, sort: column, direction: next })} className={linkClass}>
        {children}
        <span className="sr-only">, sort {WORDS[column.by][next]}</span>
      </Link>
      <span className="block text-sm font-normal">
        {current ? (
          <>
            <span aria-hidden="true">{current === 'ascending' ? '▲ ' : '▼ '}</span>
            Sorted {WORDS[column.by][current]}
          </>
        ) : (
          <span className="text-stone-600 dark:text-stone-400">Sort {WORDS[column.by][next]}</span>
        )}
      </span>
    </span>
  );
}
