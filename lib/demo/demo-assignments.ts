import 'server-only';
import { NewAssignmentSchema, type NewAssignment } from '@/lib/assignments/create-assignment';
import type { ReviewPolicy } from '@/lib/assignments/review-policy';
import { poolSize } from '@/lib/attempts/targets';
import { getModule } from '@/lib/content/course';

// The demo class's three assignments, dated around the day the database is made: one past due,
// one due next, one not yet open. Dates fall on whole hours (UTC) so they read like a teacher's.

export const DEMO_COURSE_ID = 'nk-russia-pact';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const EVERYTHING_AFTER_DUE: ReviewPolicy = { score: 'after_due', answers: 'after_due', correctAnswers: 'after_due' };

/** Midnight UTC of `now`'s day, plus whole days and an hour of the day. */
export function demoDate(now: Date, days: number, hour: number): Date {
  const midnight = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return new Date(midnight + days * DAY_MS + hour * HOUR_MS);
}

export type DemoAssignmentKey = 'pact' | 'context' | 'final';

export function demoAssignments(classId: string, now: Date): Record<DemoAssignmentKey, NewAssignment> {
  const iso = (days: number, hour: number) => demoDate(now, days, hour).toISOString();
  const base = { classId, courseId: DEMO_COURSE_ID, closesAt: null, grading: 'highest' } as const;
  return {
    // Due 2⅓–3⅓ days ago; opened 9⅔–10⅔ days ago (by the time of day the database was made).
    pact: NewAssignmentSchema.parse({
      ...base,
      kind: 'quiz',
      moduleId: 'the-pact',
      opensAt: iso(-10, 8),
      dueAt: iso(-3, 16),
      attemptsAllowed: 1,
      timeLimitMinutes: 20,
      reviewPolicy: EVERYTHING_AFTER_DUE,
      // Every student draws the whole assessment pool here, so the statistics show one question
      // everyone found hard; the context quiz draws 12 of its pool, so its n differ per question.
      questionCount: poolSize(getModule(DEMO_COURSE_ID, 'the-pact')!.module, 'assessment'),
    }),
    // Opened 1⅔–2⅔ days ago; due in 4⅔–5⅔ days.
    context: NewAssignmentSchema.parse({
      ...base,
      kind: 'quiz',
      moduleId: 'context',
      opensAt: iso(-2, 8),
      dueAt: iso(5, 16),
      attemptsAllowed: 2,
      timeLimitMinutes: null,
    }),
    // Opens in 2 days; due in 11⅔–12⅔ days, so it is among the teacher's "Coming up".
    final: NewAssignmentSchema.parse({
      ...base,
      kind: 'final',
      moduleId: null,
      opensAt: iso(2, 8),
      dueAt: iso(12, 16),
      attemptsAllowed: 1,
      timeLimitMinutes: 30,
      reviewPolicy: EVERYTHING_AFTER_DUE,
    }),
  };
}
