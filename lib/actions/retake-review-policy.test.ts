import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import type { User } from '@/lib/auth/users';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { classroom, firstRight, work } from '@/scripts/testing/assignments/classroom';

// The two buttons that hand out keys, "Retake only the ones I missed" and "Review my mistakes",
// are Server Actions as well as routes. Each is called here as the form calls it, for an assigned
// quiz under each of the 27 review policies, before and after the due date, with the session
// stubbed over a real database: it starts an attempt only while the policy shows the correct
// answers, and otherwise says why and creates nothing.
const session = vi.hoisted(() => ({
  db: undefined as Kysely<Database> | undefined,
  user: undefined as User | undefined,
}));
vi.mock('@/lib/db', () => ({ getDb: async () => session.db! }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
vi.mock('@/lib/auth/session', async () => {
  const { AppError } = await import('@/lib/errors');
  const requireUserForApi = async () => {
    if (!session.user) throw new AppError('unauthenticated', 'Sign in first.');
    return session.user;
  };
  return { getCurrentUser: async () => session.user, requireUserForApi, requirePermissionForApi: requireUserForApi };
});
vi.mock('@/lib/auth/learner', () => ({
  getLearnerId: async () => session.user?.id,
  getOrCreateLearnerId: async () => session.user!.id,
}));

const { startRetakeAction, startReviewAction } = await import('@/app/(student)/attempts/actions');

const WHENS = ['immediately', 'after_due', 'never'] as const;
type When = (typeof WHENS)[number];
type Policy = { score: When; answers: When; correctAnswers: When };
const POLICIES: Policy[] = WHENS.flatMap((score) =>
  WHENS.flatMap((answers) => WHENS.map((correctAnswers) => ({ score, answers, correctAnswers }))),
);
type Phase = 'before the due date' | 'after the due date';
const showsCorrectAnswers = (policy: Policy, phase: Phase) =>
  policy.correctAnswers === 'immediately' || (policy.correctAnswers === 'after_due' && phase === 'after the due date');

const NOT_RELEASED =
  'Your teacher has not released the correct answers of this assignment yet, so it cannot be retaken now.';
const NOTHING_TO_REVIEW = 'Nothing to review: every question you have answered is right by your latest answer.';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

/** Where a successful action sends the browser (its redirect), or its result when it does not. */
async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return await call();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT;')) throw error;
    return { redirect: digest.split(';')[2] };
  }
}

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`retake and review actions on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('[student] retake and review start only while the policy shows the correct answers: each of the 27 policies, before and after the due date', async () => {
      const db = await freshDb();
      session.db = db;
      const { students, assign } = await classroom(
        db,
        POLICIES.map((_, i) => `Student ${i + 1}`),
      );
      const now = Date.now();
      const cases = [];
      for (const [i, policy] of POLICIES.entries()) {
        const assignmentId = await assign({
          opensAt: new Date(now - 3600_000).toISOString(),
          dueAt: new Date(now + 86400_000).toISOString(),
          closesAt: null,
          reviewPolicy: policy,
        });
        const student = students[i]!;
        // Three of the twelve wrong: something to retake and to review.
        const attemptId = await work(db, assignmentId, student.id, {
          startAt: new Date(now - 60_000),
          submitAt: new Date(now - 30_000),
          answer: firstRight(9),
        });
        cases.push({ policy, student, assignmentId, attemptId });
      }
      const attemptsOf = (ownerId: string) =>
        db
          .selectFrom('attempts')
          .select(['id', 'kind', 'source_attempt_id'])
          .where('owner_id', '=', ownerId)
          .orderBy('id')
          .execute();

      const problems: string[] = [];
      for (const phase of ['before the due date', 'after the due date'] as const) {
        if (phase === 'after the due date')
          await db
            .updateTable('assignments')
            .set({ due_at: new Date(Date.now() - 60_000).toISOString() })
            .execute();
        for (const { policy, student, attemptId } of cases) {
          const where = `${JSON.stringify(policy)}, ${phase}`;
          session.user = student;
          const before = await attemptsOf(student.id);
          const retake = await outcome(() => startRetakeAction(undefined, form({ attemptId })));
          const review = await outcome(() => startReviewAction(undefined, form({ courseId: 'nk-russia-pact' })));
          const after = await attemptsOf(student.id);
          const opened = (result: unknown) => (result as { redirect?: string }).redirect?.replace('/attempts/', '');
          if (showsCorrectAnswers(policy, phase)) {
            const retakeRow = after.find((a) => a.id === opened(retake));
            if (retakeRow?.kind !== 'retake' || retakeRow.source_attempt_id !== attemptId)
              problems.push(`${where}: the retake answered ${JSON.stringify(retake)}`);
            if (after.find((a) => a.id === opened(review))?.kind !== 'review')
              problems.push(`${where}: the review answered ${JSON.stringify(review)}`);
          } else {
            if (!isDeepStrictEqual(retake, { ok: false, message: NOT_RELEASED }))
              problems.push(`${where}: the retake answered ${JSON.stringify(retake)}`);
            if (!isDeepStrictEqual(review, { ok: false, message: NOTHING_TO_REVIEW }))
              problems.push(`${where}: the review answered ${JSON.stringify(review)}`);
            if (after.length !== before.length) problems.push(`${where}: an attempt was created`);
          }
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });
}
