import Link from '@/components/ui/link';
import { formatPoints } from '@/components/quiz/format';
import type { ScorePoint } from '@/lib/progress/get-score-history';
import { LocalTime } from '@/components/ui/local-time';
import { TableRegion, cell, headCell, numberCell } from '@/components/ui/table';
import { linkClass } from '@/components/ui/button';

/** The chart's numbers: every submitted quiz, final test and retake, numbered as on the chart. */
export function ScoreTable({ points }: { points: ScorePoint[] }) {
  return (
    <TableRegion label="Every score">
      <table className="w-full border-collapse text-left text-sm sm:text-base">
        <caption className="sr-only">Every submitted quiz and test, in the order taken</caption>
        <thead>
          <tr>
            <th scope="col" className={`${headCell} text-right`}>
              #
            </th>
            <th scope="col" className={headCell}>
              When
            </th>
            <th scope="col" className={headCell}>
              Attempt
            </th>
            <th scope="col" className={`${headCell} text-right`}>
              Score
            </th>
            <th scope="col" className={`${headCell} text-right`}>
              %
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={p.attemptId}>
              <td className={numberCell}>{i + 1}</td>
              <td className={cell}>
                <LocalTime iso={p.submittedAt} />
              </td>
              <th scope="row" className={`${cell} font-normal leading-snug`}>
                <Link href={`/attempts/${p.attemptId}`} className={linkClass}>
                  {p.title}
                </Link>
              </th>
              <td className={numberCell}>
                {formatPoints(p.score)} of {formatPoints(p.max)}
              </td>
              <td className={numberCell}>{p.percent}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
