import { formatPercent } from '@/lib/format/score';
import type { QuestionStatistics } from '@/lib/gradebook/views';
import { TableRegion, gridHeadRow } from '@/components/ui/table';

const percent = (n: number | null) => (n === null ? '—' : formatPercent(n, 1));
const decimal = (n: number | null) => (n === null ? '—' : n.toFixed(2));

/** Per question: facility, discrimination, the wrong answers chosen most, and any flag with its reason. */
export function QuestionStatisticsTable({ questions }: { questions: QuestionStatistics[] }) {
  return (
    <TableRegion isGrid labelledBy="questions-caption">
      <table className="min-w-full border-collapse text-left align-top">
        <caption id="questions-caption" className="sr-only">
          Statistics per question
        </caption>
        <thead>
          <tr className={gridHeadRow}>
            <th scope="col" className="p-2">
              Question
            </th>
            <th scope="col" className="p-2">
              Facility
            </th>
            <th scope="col" className="p-2">
              Discrimination
            </th>
            <th scope="col" className="p-2">
              <abbr title="Students whose counted attempt drew this question">n</abbr>
            </th>
            <th scope="col" className="p-2">
              Responses
            </th>
            <th scope="col" className="p-2">
              Most chosen wrong answers
            </th>
            <th scope="col" className="p-2">
              Flags
            </th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q) => (
            <tr key={q.questionId} className="border-b border-stone-200 align-top dark:border-stone-800">
              <th scope="row" className="max-w-sm p-2 font-normal">
                <span className="font-semibold">{q.number}.</span> {q.prompt}
              </th>
              <td className="p-2 tabular-nums">{percent(q.facility)}</td>
              <td className="p-2 tabular-nums">{decimal(q.discrimination)}</td>
              <td className="p-2 tabular-nums">{q.attempts}</td>
              <td className="p-2 tabular-nums">{q.responses}</td>
              <td className="p-2">
                {q.mostChosenWrong.length === 0 ? (
                  'None'
                ) : (
                  <ul className="space-y-1">
                    {q.mostChosenWrong.map((w) => (
                      <li key={w.key}>
                        {w.label} ({w.count})
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="p-2">
                {q.flags.length === 0 ? (
                  'None'
                ) : (
                  <ul className="space-y-1">
                    {q.flags.map((f) => (
                      <li key={f.flag} className="font-semibold">
                        <span aria-hidden="true">⚑ </span>
                        {f.flagReason}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
