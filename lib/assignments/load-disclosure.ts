import 'server-only';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { discloseAttempt, needsPolicy, type DisclosedAttempt, type Disclosure, type GoverningPolicy } from './disclosure';
import { parseReviewPolicy } from './review-policy';

// The governing policies for a student's attempts, read in one query, handed to discloseAttempt.
// Every student-facing surface gets its Disclosure from here.

type Db = Kysely<Database> | Transaction<Database>;

async function loadPolicies(db: Db, studentId: string, assignmentIds: Iterable<string>): Promise<Map<string, GoverningPolicy>> {
  const ids = [...new Set(assignmentIds)];
  const byId = new Map<string, GoverningPolicy>();
  if (ids.length === 0) return byId;
  const rows = await db
    .selectFrom('assignments')
    .leftJoin('accommodations', (join) => join.onRef('accommodations.assignment_id', '=', 'assignments.id').on('accommodations.student_id', '=', studentId))
    .select(['assignments.id', 'assignments.review_policy', 'assignments.due_at', 'accommodations.due_at as own_due_at'])
    .where('assignments.id', 'in', ids)
    .execute();
  for (const row of rows) byId.set(row.id, { policy: parseReviewPolicy(row.review_policy), dueAt: new Date(row.own_due_at ?? row.due_at) });
  return byId;
}

/** What the student who owns these attempts may see of each, now. */
export async function loadDisclosures(db: Db, studentId: string, attempts: Iterable<DisclosedAttempt>, now = new Date()): Promise<(attempt: DisclosedAttempt) => Disclosure> {
  const governed = [...attempts].filter(needsPolicy).map((a) => a.policy_assignment_id!);
  const policies = await loadPolicies(db, studentId, governed);
  return (attempt) => discloseAttempt(attempt, attempt.policy_assignment_id === null ? undefined : (policies.get(attempt.policy_assignment_id) ?? null), 'student', now);
}

/** What its owner may see of one attempt, now. */
export async function loadDisclosure(db: Db, attempt: DisclosedAttempt & { owner_id: string }, now = new Date()): Promise<Disclosure> {
  return (await loadDisclosures(db, attempt.owner_id, [attempt], now))(attempt);
}
