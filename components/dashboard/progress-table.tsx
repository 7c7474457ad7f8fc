import Link from '@/components/ui/link';
import { formatScore } from '@/components/quiz/format';
import type { CourseProgress, ScoreSummary, TestProgress } from '@/lib/progress/get-course-progress';
import { TableRegion, cell, headCell, numberCell } from '@/components/ui/table';
import { linkClass } from '@/components/ui/button';

const none = (
  <>
    <span aria-hidden="true" className="text-stone-600 dark:text-stone-400">
      —
    </span>
    <span className="sr-only">None yet</span>
  </>
);

const score = (s: ScoreSummary | null) => (s ? formatScore(s.score, s.max) : none);

/** The last score, or "Not released" when the teacher's review policy still holds it back. */
const lastScore = (t: TestProgress) =>
  t.isLastWithheld ? <span className="whitespace-nowrap">Not released</span> : score(t.last);

function ReadCell({ isRead }: { isRead: boolean }) {
  return isRead ? (
    <span className="whitespace-nowrap font-semibold text-green-800 dark:text-green-300">
      <span aria-hidden="true">✓ </span>Read
    </span>
  ) : (
    <span className="whitespace-nowrap text-stone-600 dark:text-stone-400">Not yet</span>
  );
}

/** Module by module: lesson read, quizzes taken, best and last quiz score; then the final test. */
export function ProgressTable({ progress, courseId }: { progress: CourseProgress; courseId: string }) {
  return (
    <TableRegion label="Progress by module">
      <table className="w-full border-collapse text-left text-sm sm:text-base">
        <caption className="sr-only">Progress in each module, with best and last quiz scores</caption>
        <thead>
          <tr>
            <th scope="col" className={headCell}>
              Module
            </th>
            <th scope="col" className={headCell}>
              Lesson
            </th>
            <th scope="col" className={`${headCell} text-right`}>
              Quizzes taken
            </th>
            <th scope="col" className={`${headCell} text-right`}>
              Best
            </th>
            <th scope="col" className={`${headCell} text-right`}>
              Last
            </th>
          </tr>
        </thead>
        <tbody>
          {progress.modules.map((m) => (
            <tr key={m.moduleId}>
              <th scope="row" className={`${cell} font-normal leading-snug`}>
                <Link href={`/courses/${courseId}/${m.moduleId}`} className={linkClass}>
                  {m.number}. {m.title}
                </Link>
              </th>
              <td className={cell}>
                <ReadCell isRead={m.isRead} />
              </td>
              <td className={numberCell}>{m.taken}</td>
              <td className={numberCell}>{score(m.best)}</td>
              <td className={numberCell}>{lastScore(m)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={`${cell} font-semibold`}>
              Final course test
            </th>
            <td className={cell}>
              <span className="sr-only">No lesson</span>
              <span aria-hidden="true">—</span>
            </td>
            <td className={numberCell}>{progress.final.taken}</td>
            <td className={numberCell}>{score(progress.final.best)}</td>
            <td className={numberCell}>{lastScore(progress.final)}</td>
          </tr>
        </tbody>
      </table>
    </TableRegion>
  );
}
