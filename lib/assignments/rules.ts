import type { Selectable } from 'kysely';
import type { AccommodationsTable, AssignmentsTable } from '@/lib/db/schema';

// The rules as they apply to one student: the assignment's dates and time limit, changed by that
// student's accommodation (extra time, no time limit, a later due or close date).

export const ANSWER_GRACE_SECONDS = 15; // answers already in flight when time runs out still count

export type EffectiveRules = {
  opensAt: Date;
  dueAt: Date;
  closesAt: Date | null;
  /** Null: no time limit. */
  timeLimitSeconds: number | null;
  attemptsAllowed: number | null;
};

export function effectiveRules(
  assignment: Selectable<AssignmentsTable>,
  accommodation?: Selectable<AccommodationsTable>,
): EffectiveRules {
  const dueAt = new Date(accommodation?.due_at ?? assignment.due_at);
  const closes = accommodation?.closes_at ?? assignment.closes_at;
  let closesAt = closes ? new Date(closes) : null;
  // A later due date for one student also keeps the assignment open for them until then.
  if (closesAt && closesAt < dueAt) closesAt = dueAt;
  let timeLimitSeconds = assignment.time_limit_seconds;
  if (timeLimitSeconds !== null && accommodation) {
    if (accommodation.is_untimed) timeLimitSeconds = null;
    else if (accommodation.time_multiplier)
      timeLimitSeconds = Math.round(timeLimitSeconds * accommodation.time_multiplier);
  }
  return {
    opensAt: new Date(assignment.opens_at),
    dueAt,
    closesAt,
    timeLimitSeconds,
    attemptsAllowed: assignment.attempts_allowed,
  };
}

/** The moment an attempt started now must end: start + time limit, never after the close date. */
export function deadlineFor(rules: EffectiveRules, startedAt: Date): Date | null {
  const byLimit =
    rules.timeLimitSeconds === null ? null : new Date(startedAt.getTime() + rules.timeLimitSeconds * 1000);
  if (byLimit && rules.closesAt) return byLimit < rules.closesAt ? byLimit : rules.closesAt;
  return byLimit ?? rules.closesAt;
}

/** True once answers to an attempt with this deadline must be refused (after the grace period). */
export function isPastDeadline(deadlineAt: string | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() > new Date(deadlineAt).getTime() + ANSWER_GRACE_SECONDS * 1000;
}
