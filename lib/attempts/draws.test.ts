import { describe, expect, it } from 'vitest';
import { at, classroom, T0 } from '@/scripts/testing/assignments/classroom';
import { startAssignmentAttempt } from '@/lib/assignments/start-assignment-attempt';
import { getCourse } from '@/lib/content/course';
import type { Question } from '@/lib/content/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { startReview } from '@/lib/progress/start-review';
import { startAttempt } from './create-attempt';
import { getAttemptView } from './get-attempt';
import { saveAnswer } from './save-answer';
import { startRetake } from './start-retake';
import { submitAttempt } from './submit-attempt';
import { FINAL_TEST_PER_MODULE, resolveTarget, SELF_STUDY_COUNT } from './targets';
import { wrongAnswer } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';

// The two pools and the per-student draw, on the real course. What a student would notice: a
// quiz tests every objective evenly, a reload shows the same quiz, and nothing of a question kept
// for graded work ever reaches self-study, however it is reached.

const COURSE = 'nk-russia-pact';
const course = getCourse(COURSE)!;
const questions = new Map(course.moduleList.flatMap((m) => m.questions.map((q) => [q.id, q] as const)));
const assessment = [...questions.values()].filter((q) => q.pool === 'assessment');
const objectiveCounts = (ids: string[]) => {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(questions.get(id)!.objective, (counts.get(questions.get(id)!.objective) ?? 0) + 1);
  return counts;
};

describe('draws from the bank', () => {
  it('a self-study quiz holds only practice questions, spread evenly over the objectives', () => {
    for (const m of course.moduleList) {
      const { questionIds } = resolveTarget({ courseId: COURSE, kind: 'quiz', moduleId: m.id }, 'seed-1');
      expect(questionIds).toHaveLength(SELF_STUDY_COUNT);
      expect(new Set(questionIds).size).toBe(questionIds.length);
      expect(
        questionIds.every((id) => questions.get(id)!.pool === 'practice'),
        m.id,
      ).toBe(true);
      const counts = [...objectiveCounts(questionIds).values()];
      expect(counts, m.id).toHaveLength(m.objectives.length);
      expect(Math.max(...counts) - Math.min(...counts), m.id).toBeLessThanOrEqual(1);
    }
  });

  it('the same seed draws the same questions in the same order; other seeds draw other sets from a larger pool', () => {
    const draw = (seed: string) =>
      resolveTarget({ courseId: COURSE, kind: 'quiz', moduleId: 'context' }, seed, { pool: 'assessment', count: 8 })
        .questionIds;
    expect(draw('alpha')).toEqual(draw('alpha'));
    const sets = new Set(Array.from({ length: 20 }, (_, i) => [...draw(`seed-${i}`)].sort().join(',')));
    expect(sets.size).toBeGreaterThan(1);
    for (let i = 0; i < 20; i++) {
      const ids = draw(`seed-${i}`);
      expect(ids).toHaveLength(8);
      expect(ids.every((id) => questions.get(id)!.pool === 'assessment')).toBe(true);
      expect([...objectiveCounts(ids).values()]).toEqual([2, 2, 2, 2]);
    }
  });

  it('the final test draws across every module, from practice for self-study', () => {
    const { questionIds } = resolveTarget({ courseId: COURSE, kind: 'final' }, 'seed-final');
    expect(questionIds).toHaveLength(FINAL_TEST_PER_MODULE * course.moduleList.length);
    for (const m of course.moduleList) {
      const mine = questionIds.filter((id) => m.questions.some((q) => q.id === id));
      expect(mine, m.id).toHaveLength(FINAL_TEST_PER_MODULE);
      expect(new Set(mine.map((id) => questions.get(id)!.objective)).size, m.id).toBe(FINAL_TEST_PER_MODULE);
    }
    expect(questionIds.every((id) => questions.get(id)!.pool === 'practice')).toBe(true);
  });

  it('never draws a retired question', () => {
    const retired = new Set([...questions.values()].filter((q) => q.pool === 'retired').map((q) => q.id));
    for (let i = 0; i < 10; i++) {
      for (const m of course.moduleList) {
        for (const pool of ['practice', 'assessment'] as const) {
          const ids = resolveTarget({ courseId: COURSE, kind: 'quiz', moduleId: m.id }, `r${i}`, {
            pool,
            count: 40,
          }).questionIds;
          expect(ids.filter((id) => retired.has(id))).toEqual([]);
        }
      }
    }
  });
});

/** Every string of a question a payload could carry: its id and its prompt. */
const marks = (q: Question) => [q.id, q.prompt];

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`pools on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('no assessment question reaches any self-study attempt or payload (practice, quiz, final, retake, review; guest or signed in)', async () => {
      const db = await freshDb();
      const { students } = await classroom(db, ['Ana']);
      const owners = ['g_canaryguestaaaaaaaaaaa', students[0]!.id];
      const payloads: string[] = [];
      for (const owner of owners) {
        const targets = [
          ...course.moduleList.flatMap((m) => [
            { courseId: COURSE, kind: 'practice' as const, moduleId: m.id },
            { courseId: COURSE, kind: 'quiz' as const, moduleId: m.id },
          ]),
          { courseId: COURSE, kind: 'final' as const },
        ];
        for (const target of targets) {
          const id = await startAttempt(db, owner, target, T0);
          const view = (await getAttemptView(db, id, owner, T0))!;
          payloads.push(JSON.stringify(view));
          // Answer every question wrong: the feedback and the submitted result carry keys.
          for (const q of view.questions) {
            const saved = await saveAnswer(
              db,
              {
                attemptId: id,
                ownerId: owner,
                questionId: q.id,
                response: await wrongAnswer(db, id, q.id),
                idempotencyKey: crypto.randomUUID(),
              },
              T0,
            );
            payloads.push(JSON.stringify(saved));
          }
          if (target.kind !== 'practice') {
            payloads.push(JSON.stringify(await submitAttempt(db, id, owner, T0)));
            const retake = await startRetake(db, id, owner, T0);
            payloads.push(JSON.stringify(await getAttemptView(db, retake, owner, T0)));
          }
        }
        const review = await startReview(db, owner, COURSE, T0);
        payloads.push(JSON.stringify(await getAttemptView(db, review, owner, T0)));
      }
      const rows = await db.selectFrom('attempts').select('question_ids').execute();
      const held = new Set(rows.flatMap((r) => JSON.parse(r.question_ids) as string[]));
      expect(held.size).toBeGreaterThan(50);
      const leaked = assessment.filter(
        (q) => held.has(q.id) || payloads.some((p) => marks(q).some((m) => p.includes(m))),
      );
      expect(leaked.map((q) => q.id)).toEqual([]);
    });

    it('an assignment draws its count from the pool its teacher chose, evenly over the objectives, and a reload shows the same draw', async () => {
      const db = await freshDb();
      const { students, assign } = await classroom(db, ['Ana', 'Ben', 'Cy']);
      const graded = await assign({ moduleId: 'diplomacy', questionPool: 'assessment', questionCount: 8 });
      const practiceSet = await assign({
        moduleId: 'diplomacy',
        kind: 'practice',
        questionPool: 'practice',
        questionCount: 4,
      });
      const drawn: string[][] = [];
      for (const s of students) {
        const id = await startAssignmentAttempt(db, graded, s.id, at(60));
        const view = (await getAttemptView(db, id, s.id, at(60)))!;
        const ids = view.questions.map((q) => q.id);
        drawn.push(ids);
        expect(ids).toHaveLength(8);
        expect(ids.every((q) => questions.get(q)!.pool === 'assessment')).toBe(true);
        expect([...objectiveCounts(ids).values()]).toEqual([2, 2, 2, 2]);
        // Coming back shows the same draw.
        expect((await getAttemptView(db, id, s.id, at(120)))!.questions.map((q) => q.id)).toEqual(ids);
        const practice = await startAssignmentAttempt(db, practiceSet, s.id, at(60));
        const practiceIds = (await getAttemptView(db, practice, s.id, at(60)))!.questions.map((q) => q.id);
        expect(practiceIds).toHaveLength(4);
        expect(practiceIds.every((q) => questions.get(q)!.pool === 'practice')).toBe(true);
      }
      const row = await db
        .selectFrom('assignments')
        .select(['question_pool', 'question_count'])
        .where('id', '=', graded)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ question_pool: 'assessment', question_count: 8 });
    });

    it('refuses a count larger than the pool, with a message that says how many it holds, and creates nothing', async () => {
      const db = await freshDb();
      const { assign } = await classroom(db, ['Ana']);
      const size = course.moduleList
        .find((m) => m.id === 'the-pact')!
        .questions.filter((q) => q.pool === 'practice').length;
      await expect(assign({ questionPool: 'practice', questionCount: size + 1 })).rejects.toThrow(
        new RegExp(`holds ${size} questions`),
      );
      expect(await db.selectFrom('assignments').select('id').execute()).toEqual([]);
    });
  });
}
