import Link from '@/components/ui/link';

import { STATUS_LABELS } from '@/lib/gradebook/export-gradebook-csv';
import type {
  GradebookAssignment,
  GradebookCell as Cell,
  GradebookStudent,
  OverrideEntry,
} from '@/lib/gradebook/views';
import { LocalTime } from '@/components/ui/local-time';
import { OverrideForm } from './override-form';
import { linkClass } from '@/components/ui/button';

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function describeOverride(entry: OverrideEntry): string {
  if (entry.kind === 'score') return `Score set to ${formatNumber(entry.score ?? 0)}`;
  return entry.kind === 'excused' ? 'Excused' : 'Change cleared';
}

/** One student's grade for one assignment: score, status in words, flags, the attempt, the override log. */
export function GradebookCell({
  cell,
  student,
  assignment,
}: {
  cell: Cell;
  student: GradebookStudent;
  assignment: GradebookAssignment;
}) {
  return (
    <div className="space-y-1">
      <p className="font-semibold tabular-nums">
        {cell.score === null ? '—' : `${formatNumber(cell.score)} / ${cell.max}`}
      </p>
      <p>
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
