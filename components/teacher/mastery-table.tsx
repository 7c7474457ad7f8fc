import { formatPercentValue } from '@/lib/format/score';
import type { AssignmentStatistics } from '@/lib/gradebook/views';
import { TableRegion, gridHeadRow, stickyRowHead } from '@/components/ui/table';

// The number is the information; the background is an extra cue, dark text on light tints and
// light text on dark tints, so the contrast holds in both schemes.
function shade(percent: number | null): string {
  if (percent === null) return '';
  if (percent >= 80) return 'bg-green-100 dark:bg-green-950';
  if (percent >= 50) return 'bg-amber-100 dark:bg-amber-950';
  return 'bg-red-100 dark:bg-red-950';
}

const show = (percent: number | null) => (percent === null ? '—' : formatPercentValue(percent));

/**
 * Students × learning objectives, each cell the percent scored on that objective's questions in the
 * student's counted attempt: one occasion, so a score, not the dashboard's mastery level.
 */
export function MasteryTable({ stats }: { stats: AssignmentStatistics }) {
  const names = new Map(stats.students.map((s) => [s.id, s.name]));
  return (
    <TableRegion isGrid labelledBy="mastery-caption">
      <table className="min-w-full border-collapse text-left align-top">
        <caption id="mastery-caption" className="sr-only">
          Score by student and learning objective in the counted attempts, in percent
        </caption>
        <thead>
          <tr className={gridHeadRow}>
            <th scope="col" className={`${stickyRowHead} p-2`}>
              Student
            </th>
            {stats.objectives.map((o) => (
              <th key={o.id} scope="col" className="min-w-40 p-2 text-sm">
                {o.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stats.heatMap.rows.map((row) => (
            <tr key={row.studentId} className="border-b border-stone-200 dark:border-stone-800">
              <th scope="row" className={`${stickyRowHead} p-2`}>
                {names.get(row.studentId) ?? 'Student'}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.objectiveId} className={`p-2 tabular-nums ${shade(cell.percent)}`}>
                  {show(cell.percent)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-stone-400 dark:border-stone-600">
            <th scope="row" className={`${stickyRowHead} p-2`}>
              Class average
            </th>
            {stats.heatMap.averages.map((a) => (
              <td key={a.objectiveId} className={`p-2 font-semibold tabular-nums ${shade(a.percent)}`}>
                {show(a.percent)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
