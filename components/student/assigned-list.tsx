import { LocalTime } from '@/components/ui/local-time';
import type { StudentAssignment } from '@/lib/assignments/list-assignments-for-student';
import type { CellStatus } from '@/lib/gradebook/views';
import { startAssignmentAttemptAction } from '@/app/(student)/attempts/actions';
import { ActionButtonForm } from '@/components/forms/action-button-form';
import { GradeChangeNote } from './grade-change-note';

const STATUS: Record<CellStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  submitted: 'Submitted',
  late: 'Submitted late',
  missed: 'Missed',
  excused: 'Excused',
};

/** A class's assignments for this student: due date, status, and a button (a Server Action form) to start or continue. */
export function AssignedList({ assignments, headingLevel }: { assignments: StudentAssignment[]; headingLevel: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  if (assignments.length === 0) return null;
  return (
    <div className="space-y-2 pt-3">
      <Heading className="font-semibold">Assigned to me</Heading>
      <ul className="divide-y divide-stone-200 dark:divide-stone-800">
        {assignments.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
            <div>
              <p className="font-semibold">{a.title}</p>
              <p className="text-sm">
                Due <LocalTime iso={a.dueAt} /> · {STATUS[a.status]}
              </p>
              {a.gradeChange && <GradeChangeNote change={a.gradeChange} title={a.title} />}
            </div>
            {a.action && (
              <ActionButtonForm
                action={startAssignmentAttemptAction}
                fields={{ assignmentId: a.id }}
                variant={a.action === 'continue' ? 'primary' : 'secondary'}
              >
                {a.action === 'continue' ? 'Continue' : 'Start'}
                <span className="sr-only"> {a.title}</span>
              </ActionButtonForm>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
