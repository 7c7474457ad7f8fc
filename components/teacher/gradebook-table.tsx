import Link from '@/components/ui/link';

import type { GradebookQuery, GradebookView } from '@/lib/gradebook/gradebook-view';
import type { Gradebook } from '@/lib/gradebook/views';
import { GradebookCell } from './gradebook-cell';
import { ScorePill } from './score-band';
import { SortLink, ariaSortOf } from './gradebook-sort-link';
import { StudentEmail } from './student-email';
import { LocalTime } from '@/components/ui/local-time';
import { linkClass } from '@/components/ui/button';
import { TableRegion, gridHeadRow } from '@/components/ui/table';

type Props = { gradebook: Gradebook; view: GradebookView; query: GradebookQuery; basePath: string };

// The student column stays in view while the grid scrolls sideways: sticky, on the page's own
// background (so scrolled cells pass under it), with a rule and a shadow marking its edge. Narrow
// on a phone so two assignments still fit beside it.
const sticky =
  'sticky left-0 z-10 w-36 min-w-36 max-w-36 bg-white p-2 text-left shadow-[4px_0_4px_-2px_rgb(28_25_23/0.25)] sm:w-56 sm:min-w-56 sm:max-w-56 dark:bg-stone-950 dark:shadow-[4px_0_4px_-2px_rgb(0_0_0/0.8)]';
const rowRule = 'border-b border-stone-200 align-top dark:border-stone-800';

/** Students down, assignments across, averages on both edges; every header sorts both ways. */
export function GradebookTable({ gradebook, view, query, basePath }: Props) {
  return (
    <TableRegion isGrid labelledBy="gradebook-caption">
      <table className="min-w-full border-separate border-spacing-0 text-left align-top">
        <caption id="gradebook-caption" className="sr-only">
          Gradebook: students by assignment, with averages
        </caption>
        <thead>
          <tr>
            <th
              scope="col"
              aria-sort={ariaSortOf({ by: 'name' }, query)}
              className={`${sticky} ${gridHeadRow} align-bottom`}
            >
              <SortLink column={{ by: 'name' }} query={query} basePath={basePath}>
                Student
              </SortLink>
            </th>
            <th
              scope="col"
              aria-sort={ariaSortOf({ by: 'average' }, query)}
              className={`${gridHeadRow} min-w-28 p-2 align-bottom`}
            >
              <SortLink column={{ by: 'average' }} query={query} basePath={basePath}>
                Average
              </SortLink>
            </th>
            {gradebook.assignments.map((a) => {
              const column = { by: 'assignment', assignmentId: a.id } as const;
              return (
                <th
                  key={a.id}
                  scope="col"
                  aria-sort={ariaSortOf(column, query)}
                  className={`${gridHeadRow} min-w-48 p-2 align-bottom sm:min-w-56`}
                >
                  <SortLink column={column} query={query} basePath={basePath}>
                    {a.title}
                  </SortLink>
                  <span className="block text-sm font-normal">
                    Due <LocalTime iso={a.dueAt} />
                  </span>
                  <Link
                    href={`/teach/assignments/${encodeURIComponent(a.id)}/statistics`}
                    className={`${linkClass} text-sm font-normal`}
                  >
                    Statistics<span className="sr-only"> for {a.title}</span>
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {view.rows.map(({ student, cells, average }) => (
            <tr key={student.id}>
              <th scope="row" className={`${sticky} ${rowRule} font-semibold`}>
                {student.name}
                <StudentEmail email={student.email} />
              </th>
              <td className={`${rowRule} p-2`}>
                <ScorePill percent={average} />
              </td>
              {cells.map((cell, i) => (
                <td key={cell.assignmentId} className={`${rowRule} p-2`}>
                  <GradebookCell cell={cell} student={student} assignment={gradebook.assignments[i]!} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={`${sticky} border-t-2 border-stone-400 dark:border-stone-600`}>
              Class average
              <span className="block text-sm font-normal">All {view.total} students</span>
            </th>
            <td className="border-t-2 border-stone-400 p-2 dark:border-stone-600">
              <ScorePill percent={view.classAverage} />
            </td>
            {view.assignmentAverages.map((average, i) => (
              <td key={gradebook.assignments[i]!.id} className="border-t-2 border-stone-400 p-2 dark:border-stone-600">
                <ScorePill percent={average} />
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
