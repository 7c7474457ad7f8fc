import 'server-only';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';
import {
  discloseAttempt,
  needsPolicy,
  type DisclosedAttempt,
  type Disclosure,
  type GoverningPolicy,
} from './disclosure';
import { parseReviewPolicy } from './review-policy';

// The governing policies for a student's attempts, read in one query, handed to discloseAttempt.
// Every student-facing surface gets its Disclosure from here.

type Db = Kysely<Database> | Transaction<Database>;

async function loadPolicies(
  db: Db,
  studentId: string,
  assignmentIds: Iterable<string>,
): Promise<Map<string, GoverningPolicy>> {
  const ids = [...new Set(assignmentIds)];
  const byId = new Map<string, GoverningPolicy>();
  if (ids.length === 0) return byId;
  const rows = await db
    .selectFrom('assignments')
    .leftJoin('accommodations', (join) =>
      join.onRef('accommodations.assignment_id', '=', 'assignments.id').on('accommodations.student_id', '=', studentId),
    )
    .select([
      'assignments.id',
      'assignments.review_policy',
      'assignments.due_at',
      'accommodations.due_at as own_due_at',
    ])
    .where('assignments.id', 'in', ids)
    .execute();
  for (const row of rows)
    byId.set(row.id, { policy: parseReviewPolicy(row.review_policy), dueAt: new Date(row.own_due_at ?? row.due_at) });
  return byId;
}

/**
 * The questions whose correct answers a review policy holds back from this student now: those of
 * their submitted assigned work (and retakes of it) whose policy does not show the keys yet. A
 * review must not hand them out.
 */
async function loadHeldBackQuestions(db: Db, studentId: string, now: Date): Promise<Set<string>> {
  const governed = await db
    .selectFrom('attempts')
    .select(['kind', 'status', 'policy_assignment_id', 'question_ids'])
    .where('owner_id', '=', studentId)
    .where('status', '=', 'submitted')
    .where('policy_assignment_id', 'is not', null)
    .where('kind', 'not in', ['practice', 'review'])
    .execute();
  const policies = await loadPolicies(
    db,
    studentId,
    governed.map((a) => a.policy_assignment_id!),
  );
  const held = new Set<string>();
  for (const attempt of governed) {
    if (discloseAttempt(attempt, policies.get(attempt.policy_assignment_id!) ?? null, 'student', now).correctAnswers)
      continue;
    for (const id of JSON.parse(attempt.question_ids) as string[]) held.add(id);
  }
  return held;
}

/** What the student who owns these attempts may see of each, now. */
export async function loadDisclosures(
  db: Db,
  studentId: string,
  attempts: Iterable<DisclosedAttempt>,
  now = new Date(),
): Promise<(attempt: DisclosedAttempt) => Disclosure> {
  const list = [...attempts];
  const [policies, heldBack] = await Promise.all([
    loadPolicies(
      db,
      studentId,
      list.filter(needsPolicy).map((a) => a.policy_assignment_id!),
    ),
    list.some((a) => a.kind === 'review' || (a.kind === 'retake' && a.policy_assignment_id === null))
      ? loadHeldBackQuestions(db, studentId, now)
      : undefined,
  ]);
  return (attempt) =>
    discloseAttempt(
      attempt,
      attempt.policy_assignment_id === null ? undefined : (policies.get(attempt.policy_assignment_id) ?? null),
      'student',
      now,
      heldBack,
    );
}

/** What its owner may see of one attempt, now. */
export async function loadDisclosure(
  db: Db,
  attempt: DisclosedAttempt & { owner_id: string },
  now = new Date(),
): Promise<Disclosure> {
  return (await loadDisclosures(db, attempt.owner_id, [attempt], now))(attempt);
}
