import 'server-only';
import type { Kysely } from 'kysely';
import { ANSWER_GRACE_SECONDS } from '@/lib/assignments/rules';
import type { Database } from '@/lib/db/schema';
import { describeAssignment } from '@/lib/gradebook/describe-assignment';
import type { UpcomingAssignment } from './views';

/** How far ahead "Coming up" looks. Anything open now is listed however far off its due date. */
export const UPCOMING_DAYS = 14;

const DAY_MS = 86_400_000;

/**
 * The assignments of this teacher's open (not archived) classes that are due in the next
 * UPCOMING_DAYS days or are open now, as long as their due date has not passed; soonest due first.
 * "Submitted" counts the class's current members with a submitted attempt, and also those whose
 * timed attempt ran out (the gradebook hands it in for them with what they saved), so both pages
 * agree. Timestamps are ISO-8601 UTC text on both backends, so they compare as strings.
 */
export async function listUpcomingAssignments(
  db: Kysely<Database>,
  teacherId: string,
  now = new Date(),
): Promise<UpcomingAssignment[]> {
  const nowIso = now.toISOString();
  const horizon = new Date(now.getTime() + UPCOMING_DAYS * DAY_MS).toISOString();
  const ranOutBefore = new Date(now.getTime() - ANSWER_GRACE_SECONDS * 1000).toISOString();
  const rows = await db
    .selectFrom('assignments')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .selectAll('assignments')
    .select('classes.name as class_name')
    .select((eb) => [
      eb
        .selectFrom('class_members')
        .select(eb.fn.countAll().as('n'))
        .whereRef('class_members.class_id', '=', 'assignments.class_id')
        .as('student_count'),
      eb
        .selectFrom('attempts')
        .innerJoin('class_members as member', 'member.student_id', 'attempts.owner_id')
        .select((sub) => sub.fn.count('attempts.owner_id').distinct().as('n'))
        .whereRef('member.class_id', '=', 'assignments.class_id')
        .whereRef('attempts.assignment_id', '=', 'assignments.id')
        .where((w) =>
          w.or([
            w('attempts.status', '=', 'submitted'),
            w.and([w('attempts.status', '=', 'in_progress'), w('attempts.deadline_at', '<', ranOutBefore)]),
          ]),
        )
        .as('submitted_count'),
    ])
    .where('classes.teacher_id', '=', teacherId)
    .where('classes.archived_at', 'is', null)
    .where('assignments.archived_at', 'is', null)
    .where('assignments.due_at', '>', nowIso)
    .where((eb) => eb.or([eb('assignments.due_at', '<=', horizon), eb('assignments.opens_at', '<=', nowIso)]))
    .orderBy('assignments.due_at')
    .orderBy('classes.name')
    .orderBy('assignments.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: describeAssignment(row).title,
    classId: row.class_id,
    className: row.class_name,
    opensAt: row.opens_at,
    dueAt: row.due_at,
    isOpen: row.opens_at <= nowIso,
    // PostgreSQL counts are bigint; the pool's type parser makes them numbers, Number() makes sure.
    submitted: Number(row.submitted_count ?? 0),
    students: Number(row.student_count ?? 0),
  }));
}
