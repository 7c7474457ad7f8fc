import 'server-only';
import type { Kysely } from 'kysely';
import { getQuestionIndex, listCourses } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { applyAttemptPlan } from './apply-attempt-plan';
import { loadAdjustments } from './load-adjustments';
import { contentRegrader, planAttempt, type AttemptPlan } from './plan-attempt';

// A content release that raises a question's revision regrades every stored answer graded on an
// older one: `npm run content:regrade`, and raise-only each time `npm start` starts. Teacher overrides
// (grade_overrides) are never touched: the gradebook keeps showing an override over the score.

export type ContentRegradeOptions = { allowLower?: boolean; now?: Date };

export type PlannedAttempt = AttemptPlan & { ownerName: string | null; courseId: string };

export type ContentRegradePlan = {
  attempts: PlannedAttempt[];
  /** Assignments with an attempt whose score changes. */
  assignmentIds: string[];
  allowLower: boolean;
};

/** Every answer whose question's revision differs from the one it was graded on, regraded on paper. */
export async function planContentRegrade(
  db: Kysely<Database>,
  options: ContentRegradeOptions = {},
): Promise<ContentRegradePlan> {
  const allowLower = options.allowLower ?? false;
  const revised = listCourses().flatMap((c) =>
    c.moduleList.flatMap((m) => m.questions.filter((q) => q.revision !== 1)),
  );
  const revisedIds = revised.map((q) => q.id);
  // Only answers graded on another revision than their question's are read: the whole table at
  // most once per start, the revised questions' answers only while a regrade is due.
  const answers = await db
    .selectFrom('answers')
    .select('attempt_id')
    .where((eb) =>
      eb.or([
        ...revised.map((q) => eb.and([eb('question_id', '=', q.id), eb('question_revision', '<>', q.revision)])),
        revisedIds.length > 0
          ? eb.and([eb('question_id', 'not in', revisedIds), eb('question_revision', '<>', 1)])
          : eb('question_revision', '<>', 1),
      ]),
    )
    .execute();
  const attemptIds = [...new Set(answers.map((a) => a.attempt_id))];
  if (attemptIds.length === 0) return { attempts: [], assignmentIds: [], allowLower };
  const attempts = await db
    .selectFrom('attempts')
    .leftJoin('users', 'users.id', 'attempts.owner_id')
    .selectAll('attempts')
    .select('users.name as owner_name')
    .where('attempts.id', 'in', attemptIds)
    .orderBy('attempts.created_at')
    .orderBy('attempts.id')
    .execute();
  // The totals need every answer of an attempt whose score may change, not only the revised ones.
  const allAnswers = await db.selectFrom('answers').selectAll().where('attempt_id', 'in', attemptIds).execute();
  const adjustments = await loadAdjustments(
    db,
    attempts.map((a) => a.assignment_id),
  );
  const planned: PlannedAttempt[] = [];
  for (const { owner_name, ...attempt } of attempts) {
    const questions = getQuestionIndex(attempt.course_id);
    if (!questions) continue;
    const regrader = contentRegrader(
      questions,
      attempt.assignment_id ? (adjustments.get(attempt.assignment_id) ?? []) : [],
    );
    const plan = planAttempt(
      attempt,
      allAnswers.filter((a) => a.attempt_id === attempt.id),
      regrader,
      { allowLower },
    );
    if (plan.changes.length + plan.unchanged.length + plan.skipped.length > 0)
      planned.push({ ...plan, ownerName: owner_name, courseId: attempt.course_id });
  }
  return { attempts: planned, assignmentIds: touchedAssignments(planned), allowLower };
}

/**
 * Applies a content regrade, one transaction per attempt, each planned again on the rows as they
 * stand then (so a plan gone stale never writes a stale score). Idempotent: an answer regraded is
 * at its question's revision and is not planned again; a skipped lowering stays skipped.
 */
export async function applyContentRegrade(
  db: Kysely<Database>,
  planOrOptions: ContentRegradePlan | ContentRegradeOptions = {},
  options: ContentRegradeOptions = {},
): Promise<ContentRegradePlan> {
  const plan =
    'attempts' in planOrOptions ? planOrOptions : await planContentRegrade(db, { ...planOrOptions, ...options });
  const allowLower = options.allowLower ?? plan.allowLower;
  const now = options.now ?? ('now' in planOrOptions ? planOrOptions.now : undefined) ?? new Date();
  const applied: PlannedAttempt[] = [];
  for (const planned of plan.attempts) {
    const written = await applyAttemptPlan(
      db,
      planned.attemptId,
      async (trx, attempt) => {
        const questions = getQuestionIndex(attempt.course_id) ?? new Map();
        const adjustments = attempt.assignment_id
          ? ((await loadAdjustments(trx, [attempt.assignment_id])).get(attempt.assignment_id) ?? [])
          : [];
        return contentRegrader(questions, adjustments);
      },
      { source: 'content', allowLower },
      now,
    );
    if (written && written.changes.length + written.unchanged.length + written.skipped.length > 0)
      applied.push({ ...written, ownerName: planned.ownerName, courseId: planned.courseId });
  }
  return { attempts: applied, assignmentIds: touchedAssignments(applied), allowLower };
}

function touchedAssignments(attempts: readonly AttemptPlan[]): string[] {
  return [
    ...new Set(attempts.filter((a) => a.changes.length > 0 && a.assignmentId !== null).map((a) => a.assignmentId!)),
  ].sort();
}

/** One line for a log: what a regrade changed. */
export function summarizeRegrade(plan: ContentRegradePlan): string {
  const changed = plan.attempts.flatMap((a) => a.changes);
  const raised = changed.filter((c) => c.newScore > c.oldScore).length;
  const lowered = changed.length - raised;
  const skipped = plan.attempts.flatMap((a) => a.skipped).length;
  const attempts = plan.attempts.filter((a) => a.changes.length > 0).length;
  const parts = [
    `${raised} answer(s) raised`,
    ...(lowered > 0 ? [`${lowered} lowered`] : []),
    `in ${attempts} attempt(s) and ${plan.assignmentIds.length} assignment(s)`,
  ];
  if (skipped > 0)
    parts.push(`${skipped} lower score(s) skipped (run npm run content:regrade -- --allow-lower to apply them)`);
  return `Content regrade: ${parts.join(', ')}.`;
}
