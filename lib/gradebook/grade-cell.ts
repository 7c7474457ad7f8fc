import type { CellStatus, GradebookCell, OverrideEntry, OverrideKind } from './views';

// One student's grade on one assignment, from their attempts and the override log. Pure: the
// caller loads the rows (expired attempts already finalised) and passes the time.

export type CellAttempt = {
  id: string;
  status: string;
  score: number | null;
  max_score: number;
  submitted_at: string | null;
  deadline_at: string | null;
  attempt_number: number | null;
};

export type OverrideRow = {
  id: string;
  score: number | null;
  is_excused: number;
  reason: string;
  teacher_id: string;
  teacher_name: string;
  created_at: string;
};

export type CellInput = {
  assignmentId: string;
  studentId: string;
  grading: 'highest' | 'last';
  /** The assignment's max (questions per attempt): an override is out of this. */
  max: number;
  /** The student's due date, after accommodations. */
  dueAt: Date;
  attempts: readonly CellAttempt[];
  /** Oldest first. */
  overrides: readonly OverrideRow[];
  now: Date;
};

export function overrideKind(row: Pick<OverrideRow, 'score' | 'is_excused'>): OverrideKind {
  if (row.is_excused === 1) return 'excused';
  return row.score === null ? 'clear' : 'score';
}

export function toOverrideEntry(row: OverrideRow): OverrideEntry {
  const kind = overrideKind(row);
  return {
    id: row.id,
    kind,
    score: kind === 'score' ? row.score : null,
    reason: row.reason,
    teacherId: row.teacher_id,
    teacherName: row.teacher_name,
    createdAt: row.created_at,
  };
}

/**
 * When the work was handed in. Answers after an attempt's deadline are refused, so an attempt that
 * was submitted for the student after its deadline (timed out, finalised when next looked at) was
 * in effect handed in at the deadline, and is not late merely because nobody looked sooner.
 */
export function handedInAt(attempt: Pick<CellAttempt, 'submitted_at' | 'deadline_at'>): string | null {
  const { submitted_at: submitted, deadline_at: deadline } = attempt;
  if (submitted === null) return deadline;
  return deadline !== null && Date.parse(deadline) < Date.parse(submitted) ? deadline : submitted;
}

const time = (attempt: CellAttempt) => Date.parse(handedInAt(attempt) ?? '') || 0;
const number = (attempt: CellAttempt) => attempt.attempt_number ?? 0;

/** The submitted attempt that counts: the highest score (the earliest of equals), or the last handed in. */
export function countedAttempt(attempts: readonly CellAttempt[], grading: 'highest' | 'last'): CellAttempt | undefined {
  const submitted = attempts.filter((a) => a.status === 'submitted');
  const better =
    grading === 'highest'
      ? (a: CellAttempt, b: CellAttempt) =>
          (a.score ?? 0) - (b.score ?? 0) || time(b) - time(a) || number(b) - number(a)
      : (a: CellAttempt, b: CellAttempt) => time(a) - time(b) || number(a) - number(b);
  return submitted.reduce<CellAttempt | undefined>(
    (best, a) => (best === undefined || better(a, best) > 0 ? a : best),
    undefined,
  );
}

export function gradeCell(input: CellInput): GradebookCell {
  const history = input.overrides.map(toOverrideEntry);
  const latest = history.at(-1);
  const override = latest && latest.kind !== 'clear' ? latest : null;
  const counted = countedAttempt(input.attempts, input.grading);
  const submittedAt = counted ? handedInAt(counted) : null;

  const isLate = submittedAt !== null && Date.parse(submittedAt) > input.dueAt.getTime();
  let status: CellStatus;
  if (override?.kind === 'excused') status = 'excused';
  else if (counted) status = isLate ? 'late' : 'submitted';
  else if (input.attempts.some((a) => a.status === 'in_progress')) status = 'in_progress';
  else status = input.now.getTime() > input.dueAt.getTime() ? 'missed' : 'not_started';

  const attemptScore = counted?.score ?? null;
  const score = override ? override.score : attemptScore;
  const max = override || !counted ? input.max : counted.max_score;
  return {
    assignmentId: input.assignmentId,
    studentId: input.studentId,
    status,
    score,
    max,
    percent: score !== null && max > 0 ? (score / max) * 100 : null,
    attemptScore,
    attempts: input.attempts.filter((a) => a.status !== 'superseded').length,
    attemptId: counted?.id ?? null,
    submittedAt,
    isLate,
    dueAt: input.dueAt.toISOString(),
    override,
    history,
  };
}
