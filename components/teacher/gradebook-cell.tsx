import Link from '@/components/ui/link';

import { formatPoints } from '@/lib/format/score';
import { countedPercent } from '@/lib/gradebook/gradebook-view';
import { STATUS_LABELS } from '@/lib/gradebook/status-labels';
import type {
  GradebookAssignment,
  GradebookCell as Cell,
  GradebookStudent,
  OverrideEntry,
} from '@/lib/gradebook/views';
import { LocalTime } from '@/components/ui/local-time';
import { OverrideForm } from './override-form';
import { ScorePill } from './score-band';
import { linkClass } from '@/components/ui/button';

function describeOverride(entry: OverrideEntry): string {
  if (entry.kind === 'score') return `Score set to ${formatPoints(entry.score ?? 0)}`;
  return entry.kind === 'excused' ? 'Excused' : 'Change cleared';
}

/** "8 / 12": the points behind a percentage, by the one score rule. */
export function pointsText(cell: Pick<Cell, 'score' | 'max'>): string | null {
  return cell.score === null ? null : `${formatPoints(cell.score)} / ${formatPoints(cell.max)}`;
}

/**
 * One student's grade for one assignment: the percentage in its band, the points beside it, the
 * status in words, flags, the attempt, the override log.
 */
export function GradebookCell({
  cell,
  student,
  assignment,
}: {
  cell: Cell;
  student: GradebookStudent;
  assignment: GradebookAssignment;
}) {
  const points = pointsText(cell);
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <ScorePill percent={countedPercent(cell)} title={points ? `${points} points` : undefined} />
        {points && <span className="text-sm tabular-nums">{points}</span>}
      </p>
      <p className="text-sm">
        {STATUS_LABELS[cell.status]}
        {cell.isLate && cell.status !== 'late' ? ' · Late' : ''}
        {cell.override?.kind === 'score' ? ' · Changed' : ''}
      </p>
      {cell.attemptId && (
        <Link href={`/teach/attempts/${encodeURIComponent(cell.attemptId)}`} className={linkClass}>
          View attempt
          <span className="sr-only">
            {' '}
            by {student.name}, {assignment.title}
          </span>
        </Link>
      )}
      {cell.history.length > 0 && (
        <ul aria-label={`Grade changes for ${student.name}, ${assignment.title}`} className="space-y-1 text-sm">
          {cell.history.map((entry) => (
            <li key={entry.id}>
              {describeOverride(entry)} by {entry.teacherName}, <LocalTime iso={entry.createdAt} />: “{entry.reason}”
            </li>
          ))}
        </ul>
      )}
      <OverrideForm
        assignmentId={assignment.id}
        studentId={student.id}
        studentName={student.name}
        assignmentTitle={assignment.title}
        max={cell.max}
      />
    </div>
  );
}
