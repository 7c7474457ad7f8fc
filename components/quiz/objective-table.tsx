import type { ObjectiveResultView } from '@/lib/attempts/views';
import { TableRegion } from '@/components/ui/table';
import { formatPercent, formatPoints } from './format';

const cell = 'border-b border-stone-200 px-3 py-2 dark:border-stone-800';
const number = `${cell} text-right tabular-nums`;

export function ObjectiveTable({ objectives }: { objectives: ObjectiveResultView[] }) {
  return (
    <TableRegion label="Score for each learning objective">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Score for each learning objective</caption>
        <thead>
          <tr className="text-sm text-stone-700 dark:text-stone-300">
            <th scope="col" className={cell}>
              Objective
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Score
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Out of
            </th>
            <th scope="col" className={`${cell} text-right`}>
              %
            </th>
          </tr>
        </thead>
        <tbody>
          {objectives.map((o) => (
            <tr key={o.objectiveId}>
              <th scope="row" className={`${cell} font-normal leading-snug`}>
                {o.text}
              </th>
              <td className={number}>{formatPoints(o.score)}</td>
              <td className={number}>{formatPoints(o.max)}</td>
              <td className={number}>{formatPercent(o.score, o.max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
