import Link from '@/components/ui/link';

import type { GradebookSort } from '@/lib/gradebook/sort-gradebook';
import type { Gradebook } from '@/lib/gradebook/views';
import { GradebookCell } from './gradebook-cell';
import { LocalTime } from '@/components/ui/local-time';
import { linkClass } from '@/components/ui/button';
import { TableRegion, gridHeadRow } from '@/components/ui/table';

type Props = { gradebook: Gradebook; rows: Gradebook['rows']; sort: GradebookSort; basePath: string };

/** Students down, assignments across; the headers link to server-side sorting. */
export function GradebookTable({ gradebook, rows, sort, basePath }: Props) {
  const isSortedBy = (id: string | null) =>
    id === null ? sort.by === 'name' : sort.by === 'assignment' && sort.assignmentId === id;
  return (
    <TableRegion isGrid labelledBy="gradebook-caption">
      <table className="min-w-full border-collapse text-left align-top">
        <caption id="gradebook-caption" className="sr-only">
          Gradebook: students by assignment
        </caption>
        <thead>
          <tr className={gridHeadRow}>
            <th scope="col" aria-sort={isSortedBy(null) ? 'ascending' : undefined} className="p-2 align-bottom">
              <Link href={`${basePath}?sort=name`} className={linkClass}>
                Student
              </Link>
              {isSortedBy(null) && <span className="block text-sm font-normal">Sorted A–Z</span>}
            </th>
            {gradebook.assignments.map((a) => (
              <th
                key={a.id}
                scope="col"
                aria-sort={isSortedBy(a.id) ? 'descending' : undefined}
                className="min-w-56 p-2 align-bottom"
              >
                <Link href={`${basePath}?sort=${encodeURIComponent(a.id)}`} className={linkClass}>
                  {a.title}
                </Link>
                <span className="block text-sm font-normal">
                  Due <LocalTime iso={a.dueAt} />
                </span>
                <Link
                  href={`/teach/assignments/${encodeURIComponent(a.id)}/statistics`}
                  className={`${linkClass} text-sm font-normal`}
                >
                  Statistics<span className="sr-only"> for {a.title}</span>
                </Link>
                {isSortedBy(a.id) && <span className="block text-sm font-normal">Sorted by score, highest first</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ student, cells }) => (
            <tr key={student.id} className="border-b border-stone-200 align-top dark:border-stone-800">
              <th scope="row" className="p-2 font-semibold">
                {student.name}
                <span className="block text-sm font-normal break-all">{student.email}</span>
              </th>
              {cells.map((cell, i) => (
                <td key={cell.assignmentId} className="p-2">
                  <GradebookCell cell={cell} student={student} assignment={gradebook.assignments[i]!} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
