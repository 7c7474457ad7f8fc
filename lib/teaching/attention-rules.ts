import type { AssignmentStatistics, GradebookCell } from '@/lib/gradebook/views';
import { MIN_RESPONSES_TO_FLAG } from '@/lib/reports/item-analysis';
import type { AttentionItem, AttentionReason, FlaggedQuestion } from './views';

// What on an assignment asks for the teacher's attention. Pure: statuses come from the gradebook's
// own cells (gradeCell decides missed, late and excused, with each student's due date after
// accommodations), so the dashboard and the gradebook never disagree.

/**
 * Students past their due date who missed the work, handed it in late, or started and never
 * submitted. An override settles a student: an excuse, or a score the teacher gave.
 */
export function summarizeOverdue(
  cells: readonly GradebookCell[],
  now: Date,
): { missed: number; late: number; unfinished: number } {
  const open = cells.filter((cell) => cell.override === null);
  return {
    missed: open.filter((cell) => cell.status === 'missed').length,
    late: open.filter((cell) => cell.status === 'late').length,
    unfinished: open.filter((cell) => cell.status === 'in_progress' && Date.parse(cell.dueAt) < now.getTime()).length,
  };
}

/**
 * The questions the statistics flag, each with the first flag's reason; only those answered by
 * at least MIN_RESPONSES_TO_FLAG students, since fewer could give a flag by chance.
 */
export function flaggedQuestions(stats: Pick<AssignmentStatistics, 'questions'>): FlaggedQuestion[] {
  return stats.questions
    .filter((q) => q.responses >= MIN_RESPONSES_TO_FLAG && q.flags.length > 0)
    .map((q) => ({ number: q.number, reason: q.flags[0]!.flagReason }));
}

/**
 * The reasons gathered into one item per assignment, in the order each assignment first appears,
 * so the dashboard names each thing once: an assignment both overdue and flagged is one entry with
 * both, a reason given twice counts once, and a question flagged twice is listed once.
 */
export function attentionByAssignment(reasons: readonly AttentionReason[]): AttentionItem[] {
  const items = new Map<string, AttentionItem>();
  for (const reason of reasons) {
    const { kind, assignmentId, title, classId, className, dueAt } = reason;
    const item = items.get(assignmentId) ?? {
      assignmentId,
      title,
      classId,
      className,
      dueAt,
      overdue: null,
      flagged: null,
    };
    items.set(assignmentId, item);
    if (kind === 'overdue') item.overdue = reason.counts;
    else {
      const questions = new Map((item.flagged?.questions ?? []).map((q) => [q.number, q]));
      for (const q of reason.summary.questions) if (!questions.has(q.number)) questions.set(q.number, q);
      item.flagged = {
        submitted: Math.max(item.flagged?.submitted ?? 0, reason.summary.submitted),
        questions: [...questions.values()].sort((a, b) => a.number - b.number),
      };
    }
  }
  return [...items.values()];
}
