import { expect, type APIRequestContext } from '@playwright/test';
import { modules, sentences, WHO_SAYS_SO_TEXT, wrongCategory, type Question } from '../content';

// Answers through the attempt API as the player does, picking options by their text. Used where a
// test needs finished attempts quickly; the keyboard tests cover answering in the browser.

type OptionView = { token: string; text: string };
type QuestionView = { id: string; type: string; options?: OptionView[]; left?: OptionView[]; right?: OptionView[] };
type Option = { id: string; text: string };

const CATEGORIES = WHO_SAYS_SO_TEXT;
const allQuestions = new Map(modules.flatMap((m) => m.questions.map((q) => [q.id, q] as const)));
const tokenOf = (options: OptionView[] | undefined, text: string) => options!.find((o) => o.text === text)!.token;

function response(view: QuestionView, q: Question, isCorrect: boolean): unknown {
  const opts = q.options as Option[];
  const text = (id: string) => opts.find((o) => o.id === id)!.text;
  switch (q.type) {
    case 'single-choice': {
      const id = isCorrect ? (q.answer as string) : opts.find((o) => o.id !== q.answer)!.id;
      return { type: q.type, choice: tokenOf(view.options, text(id)) };
    }
    case 'multiple-select':
      return {
        type: q.type,
        choices: isCorrect ? (q.answer as string[]).map((id) => tokenOf(view.options, text(id))) : [],
      };
    case 'true-false':
      return { type: q.type, value: isCorrect ? q.answer : !q.answer };
    case 'fill-blank':
      return { type: q.type, text: isCorrect ? (q.answer as string[])[0] : 'not this' };
    case 'matching': {
      const { left, right } = q.options as { left: Option[]; right: Option[] };
      const key = q.answer as Record<string, string>;
      const rights = left.map((l) => right.find((r) => r.id === key[l.id])!.text);
      const chosen = isCorrect ? rights : [...rights.slice(1), rights[0]!];
      return {
        type: q.type,
        pairs: Object.fromEntries(left.map((l, i) => [tokenOf(view.left, l.text), tokenOf(view.right, chosen[i]!)])),
      };
    }
    case 'ordering': {
      const order = (q.answer as string[]).map((id) => tokenOf(view.options, text(id)));
      return { type: q.type, order: isCorrect ? order : [...order].reverse() };
    }
    case 'find-evidence': {
      const id = isCorrect
        ? (q.answer as string)
        : sentences.find((s) => s.id.startsWith(`${q.paragraph}s`) && s.id !== q.answer)!.id;
      return { type: q.type, choice: tokenOf(view.options, sentences.find((s) => s.id === id)!.text) };
    }
    case 'who-says-so': {
      const category = isCorrect ? (q.answer as string) : wrongCategory(q);
      return { type: q.type, choice: tokenOf(view.options, CATEGORIES[category]!) };
    }
  }
  throw new Error(`unknown type ${q.type}`);
}

/** Starts and submits a quiz, answering wrongly the questions named in `wrong`; returns their ids in order. */
export async function takeQuizViaApi(
  request: APIRequestContext,
  courseId: string,
  moduleId: string,
  wrongCount: number,
) {
  const created = await request.post('/api/attempts', { data: { courseId, kind: 'quiz', moduleId } });
  expect(created.status()).toBe(201);
  const { attemptId } = (await created.json()) as { attemptId: string };
  return answerAndSubmitViaApi(request, attemptId, wrongCount);
}

/** A well-formed save of the attempt's first question (answered correctly), and that question's id. */
export async function firstAnswerViaApi(request: APIRequestContext, attemptId: string) {
  const { attempt } = (await (await request.get(`/api/attempts/${attemptId}`)).json()) as {
    attempt: { questions: QuestionView[] };
  };
  const view = attempt.questions[0]!;
  return {
    questionId: view.id,
    body: { response: response(view, allQuestions.get(view.id)!, true), idempotencyKey: crypto.randomUUID() },
  };
}

/**
 * Answers every question of an attempt already started and submits it: wrongly the first
 * `wrongCount` in the attempt's order, or the questions named.
 */
export async function answerAndSubmitViaApi(
  request: APIRequestContext,
  attemptId: string,
  wrongCount: number | readonly string[],
) {
  const { attempt } = (await (await request.get(`/api/attempts/${attemptId}`)).json()) as {
    attempt: { questions: QuestionView[] };
  };
  const wrong =
    typeof wrongCount === 'number' ? attempt.questions.slice(0, wrongCount).map((q) => q.id) : [...wrongCount];
  for (const view of attempt.questions) {
    const q = allQuestions.get(view.id)!;
    const res = await request.put(`/api/attempts/${attemptId}/answers/${view.id}`, {
      data: { response: response(view, q, !wrong.includes(view.id)), idempotencyKey: crypto.randomUUID() },
    });
    expect(res.status(), `answer ${view.id}`).toBe(200);
  }
  expect((await request.post(`/api/attempts/${attemptId}/submit`)).status()).toBe(200);
  return { attemptId, wrong, questionIds: attempt.questions.map((q) => q.id) };
}
