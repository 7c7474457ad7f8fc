import 'server-only';
import type { Kysely } from 'kysely';
import { createAssignment } from '@/lib/assignments/create-assignment';
import { createClass } from '@/lib/classes/create-class';
import { joinClass } from '@/lib/classes/join-class';
import { getCourse } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { demoAnswerer } from './demo-answers';
import { DEMO_COURSE_ID, demoAssignments, type DemoAssignmentKey } from './demo-assignments';
import { DEMO_PLAN, runsOf } from './demo-plan';
import { takeDemoAttempt } from './take-demo-attempt';

export const DEMO_CLASS_NAME = 'World News — Period 2';

const DAY_MS = 86_400_000;

/**
 * The demo teacher's class, made through the app's own operations (create, join, assign, start,
 * answer, submit) at past times, so the gradebook, statistics and dashboards have real numbers.
 * Without the course installed there is nothing to assign, and only the accounts are seeded.
 */
export async function seedDemoClass(
  db: Kysely<Database>,
  teacherId: string,
  studentIds: ReadonlyMap<string, string>,
  now: Date,
): Promise<{ classId: string; attempts: number } | undefined> {
  if (!getCourse(DEMO_COURSE_ID)) return undefined;
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const klass = await createClass(db, teacherId, DEMO_CLASS_NAME, { now: daysAgo(20) });
  // The students join the next day, within an hour or so, as they would from a code on the board.
  for (const [index, studentId] of [...studentIds.values()].entries())
    await joinClass(db, studentId, klass.joinCode, daysAgo(19 - index * 0.005));

  const specs = demoAssignments(klass.id, now);
  const ids = {} as Record<DemoAssignmentKey, string>;
  // The past quiz was set the day before it opened; the other two a few days ago.
  for (const key of ['pact', 'context', 'final'] as const)
    ids[key] = await createAssignment(db, teacherId, specs[key], daysAgo(key === 'pact' ? 11 : 3));

  let attempts = 0;
  for (const student of DEMO_PLAN) {
    const studentId = studentIds.get(student.email);
    if (!studentId) continue;
    for (const run of runsOf(student)) {
      await takeDemoAttempt(db, {
        assignmentId: ids[run.assignment],
        studentId,
        startAt: daysAgo(run.daysAgo),
        isSubmitted: run.isSubmitted,
        answerFor: demoAnswerer({ email: student.email, ability: run.ability }, run.label, DEMO_COURSE_ID),
      });
      attempts++;
    }
  }
  return { classId: klass.id, attempts };
}
