import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { rightAnswer, wrongAnswer } from '@/scripts/testing/attempts/answers';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { correctAnswerLines } from './feedback';
import { startAttempt } from './create-attempt';
import { getAttemptView } from './get-attempt';
import { revealAnswer } from './reveal-answer';
import { saveAnswer } from './save-answer';
import { submitAttempt } from './submit-attempt';
import type { AnswerView } from './views';

// The practice feedback rule, on the server: a first wrong try gets its verdict, where to look and
// which chosen parts were right, and nothing of the key; the key comes with a right answer, the
// second try, or "Show me", which is recorded so a later try is known to follow the answer.

const COURSE = 'nk-russia-pact';
const MODULE = 'the-pact';
const ALICE = 'g_aliceaaaaaaaaaaaaaaaaa';
const BOB = 'g_bobbbbbbbbbbbbbbbbbbbb';
const article = getCourseArticle(COURSE)!;
const questionOf = (id: string) => getQuestionIndex(COURSE)!.get(id)!.question;

/**
 * Everything that would give the key away, as the browser would receive it, outside the paragraph
 * to read again: that is the article's own text, public anyway (a fill-blank's word is in it).
 */
function keyTextsIn(answer: AnswerView): string[] {
  const question = questionOf(answer.questionId);
  const body = JSON.stringify({ ...answer, feedback: { ...answer.feedback, lookAt: undefined } });
  return [question.explanation, ...correctAnswerLines(question, article)].filter((text) =>
    body.includes(JSON.stringify(text).slice(1, -1)),
  );
}

async function answerRow(db: Kysely<Database>, attemptId: string, questionId: string) {
  return db
    .selectFrom('answers')
    .select(['tries', 'key_shown_after', 'revealed_at'])
    .where('attempt_id', '=', attemptId)
    .where('question_id', '=', questionId)
    .executeTakeFirstOrThrow();
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`practice feedback on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    async function practiceWithQuestion(db: Kysely<Database>) {
      const attemptId = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'practice', moduleId: MODULE });
      const view = (await getAttemptView(db, attemptId, ALICE))!;
      // A question whose key is more than its verdict (a true-false key is the other button).
      const questionId = view.questions.find((q) => q.type !== 'true-false')!.id;
      const check = async (response: 'right' | 'wrong') =>
        (
          await saveAnswer(db, {
            attemptId,
            ownerId: ALICE,
            questionId,
            response: await (response === 'right' ? rightAnswer : wrongAnswer)(db, attemptId, questionId),
            idempotencyKey: crypto.randomUUID(),
          })
        ).answer;
      return { attemptId, questionId, check };
    }

    it('a first wrong try shows the verdict and where to look, and nothing of the key, on save and on reload', async () => {
      const db = await freshDb();
      const { attemptId, questionId, check } = await practiceWithQuestion(db);
      const first = await check('wrong');
      expect(first.feedback?.verdict).toBe('incorrect');
      expect(first.feedback).toMatchObject({ correctAnswer: [], explanation: '', evidence: [] });
      const cited = new Set(questionOf(questionId).evidence.map((e) => Number(/^p(\d+)/.exec(e.sentence)![1])));
      expect(first.feedback?.lookAt?.map((p) => p.number)).toEqual([...cited].sort((a, b) => a - b));
      expect(keyTextsIn(first)).toEqual([]);
      const reloaded = (await getAttemptView(db, attemptId, ALICE))!.answers.find((a) => a.questionId === questionId)!;
      expect(reloaded.feedback?.lookAt).toEqual(first.feedback?.lookAt);
      expect(keyTextsIn(reloaded)).toEqual([]);
      expect(await answerRow(db, attemptId, questionId)).toEqual({
        tries: 1,
        key_shown_after: null,
        revealed_at: null,
      });
    });

    it('the second wrong try shows the answer, explanation and evidence', async () => {
      const db = await freshDb();
      const { attemptId, questionId, check } = await practiceWithQuestion(db);
      await check('wrong');
      const second = await check('wrong');
      expect(second.feedback?.lookAt).toBeUndefined();
      expect(second.feedback?.explanation).toBe(questionOf(questionId).explanation);
      expect(second.feedback?.correctAnswer).toEqual(correctAnswerLines(questionOf(questionId), article));
      expect(second.feedback?.evidence.length).toBeGreaterThan(0);
      expect((await answerRow(db, attemptId, questionId)).key_shown_after).toBe(2);
    });

    it('wrong then right shows everything with the right answer; right at once too', async () => {
      const db = await freshDb();
      const { attemptId, questionId, check } = await practiceWithQuestion(db);
      await check('wrong');
      const right = await check('right');
      expect(right.feedback?.verdict).toBe('correct');
      expect(right.feedback?.explanation).toBe(questionOf(questionId).explanation);
      expect((await answerRow(db, attemptId, questionId)).key_shown_after).toBe(2);

      const other = (await getAttemptView(db, attemptId, ALICE))!.questions.find((q) => q.id !== questionId)!.id;
      const once = await saveAnswer(db, {
        attemptId,
        ownerId: ALICE,
        questionId: other,
        response: await rightAnswer(db, attemptId, other),
        idempotencyKey: crypto.randomUUID(),
      });
      expect(once.answer.feedback?.explanation).toBe(questionOf(other).explanation);
      expect((await answerRow(db, attemptId, other)).key_shown_after).toBe(1);
    });

    it('"Show me" after a first wrong try shows the key and records the reveal; a later try is counted after it', async () => {
      const db = await freshDb();
      const { attemptId, questionId, check } = await practiceWithQuestion(db);
      await check('wrong');
      const now = new Date('2026-12-03T10:00:00.000Z');
      const shown = await revealAnswer(db, { attemptId, questionId, ownerId: ALICE }, now);
      expect(shown.feedback?.explanation).toBe(questionOf(questionId).explanation);
      expect(shown.feedback?.lookAt).toBeUndefined();
      expect(await answerRow(db, attemptId, questionId)).toEqual({
        tries: 1,
        key_shown_after: 1,
        revealed_at: now.toISOString(),
      });
      // Asking again changes nothing; the next try is the second, made after seeing the answer.
      await revealAnswer(db, { attemptId, questionId, ownerId: ALICE }, new Date('2026-12-03T11:00:00.000Z'));
      await check('right');
      expect(await answerRow(db, attemptId, questionId)).toEqual({
        tries: 2,
        key_shown_after: 1,
        revealed_at: now.toISOString(),
      });
    });

    it('"Show me" is refused, changing nothing, before a try, on a quiz, to another learner and once finished', async () => {
      const db = await freshDb();
      const { attemptId, questionId, check } = await practiceWithQuestion(db);
      expect((await refusal(revealAnswer(db, { attemptId, questionId, ownerId: ALICE }))).code).toBe('conflict');
      expect(await db.selectFrom('answers').selectAll().execute()).toEqual([]);
      await check('wrong');
      expect((await refusal(revealAnswer(db, { attemptId, questionId, ownerId: BOB }))).code).toBe('not_found');
      expect((await answerRow(db, attemptId, questionId)).key_shown_after).toBeNull();

      const quiz = await startAttempt(db, ALICE, { courseId: COURSE, kind: 'quiz', moduleId: MODULE });
      const quizQuestion = (await getAttemptView(db, quiz, ALICE))!.questions[0]!.id;
      await saveAnswer(db, {
        attemptId: quiz,
        ownerId: ALICE,
        questionId: quizQuestion,
        response: await wrongAnswer(db, quiz, quizQuestion),
        idempotencyKey: crypto.randomUUID(),
      });
      const onQuiz = await refusal(revealAnswer(db, { attemptId: quiz, questionId: quizQuestion, ownerId: ALICE }));
      expect(onQuiz.code).toBe('conflict');
      expect(await answerRow(db, quiz, quizQuestion)).toEqual({ tries: 1, key_shown_after: null, revealed_at: null });

      // Finishing shows every answer in the results, the one still waiting for its key included.
      const finished = await submitAttempt(db, attemptId, ALICE);
      const result = finished.answers.find((a) => a.questionId === questionId)!;
      expect(result.feedback?.explanation).toBe(questionOf(questionId).explanation);
      expect((await refusal(revealAnswer(db, { attemptId, questionId, ownerId: ALICE }))).code).toBe('conflict');
      expect((await answerRow(db, attemptId, questionId)).revealed_at).toBeNull();
    });
  });
}
