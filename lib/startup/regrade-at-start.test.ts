import { describe, expect, it } from 'vitest';
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { DEMO_REGRADED_QUESTION } from '@/lib/demo/seed-demo-regrade';
import { seedDemoData } from '@/lib/demo/seed-demo-data';
import { regradeAtStart } from './regrade-at-start';

const NOW = new Date('2026-12-02T09:00:00Z');

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`the regrade at server start on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it(
      'raises the demo answer graded on the old revision once, logs it, and the student reads why',
      { timeout: 60_000 },
      async () => {
        const db = await freshDb();
        await seedDemoData(db, NOW);
        const farah = await db
          .selectFrom('users')
          .select('id')
          .where('email', '=', 'farah@example.org')
          .executeTakeFirstOrThrow();
        const attempt = await db
          .selectFrom('attempts')
          .select(['id', 'score'])
          .where('owner_id', '=', farah.id)
          .where('assignment_id', 'is', null)
          .executeTakeFirstOrThrow();
        expect(attempt.score).toBe(11);

        expect(await regradeAtStart(db, NOW)).toBe(
          'Content regrade: 1 answer(s) raised, in 1 attempt(s) and 0 assignment(s).',
        );
        expect(await regradeAtStart(db, NOW)).toBeUndefined();

        const view = (await getAttemptView(db, attempt.id, farah.id, NOW))!;
        expect(view.result!.score).toBe(12);
        expect(view.regrades).toEqual([
          expect.objectContaining({ questionId: null, oldScore: 11, newScore: 12 }),
          expect.objectContaining({
            questionId: DEMO_REGRADED_QUESTION,
            oldScore: 0,
            newScore: 1,
            reason: expect.stringContaining('"Claim" is now accepted too'),
          }),
        ]);
      },
    );
  });
}
