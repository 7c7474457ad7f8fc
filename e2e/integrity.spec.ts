import { expect, test, type Page } from '@playwright/test';
import { course, modules } from './content';
import { answerCorrectly, answerWrongly, pressButton, wrongChoiceText } from './support/answer';
import { currentQuestion, questionOrder } from './support/attempt';
import { canaryExplanation, canaryPattern } from './support/canary';

// Runs against the canary course: every question's explanation, and its key wherever the key is
// an id or a text, carries a canary naming the question. The browser must receive no canary of a
// question before that question is answered in that attempt: not in HTML, RSC payloads or JSON.

/** Records the body of every response the page receives. */
function recordResponses(page: Page) {
  const pending: Promise<string>[] = [];
  page.on('response', (response) => pending.push(response.text().catch(() => '')));
  return {
    /** Every body received so far, once all have arrived. */
    bodies: async () => Promise.all(pending),
  };
}

async function leaksOf(bodies: string[], questionIds: string[]): Promise<string[]> {
  return questionIds.filter((id) => bodies.some((body) => canaryPattern(id).test(body)));
}

const allIds = modules.flatMap((m) => m.questions.map((q) => q.id));

test('[guest] no page a student can load before answering carries a key or an explanation', async ({ page }) => {
  const record = recordResponses(page);
  const paths = [
    '/',
    `/courses/${course.id}`,
    ...modules.map((m) => `/courses/${course.id}/${m.id}`),
    `/articles/${course.article}`,
  ];
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Client-side navigation fetches RSC payloads too.
  await page.goto('/');
  // The module's card link (its name may carry the step it is at, too).
  const title = modules[0]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // By keyboard: a title wrapped over two lines leaves its box's centre between the lines.
  await page
    .getByRole('link', { name: new RegExp(title) })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(modules[0]!.id));
  await page.waitForLoadState('networkidle');
  expect(await leaksOf(await record.bodies(), allIds)).toEqual([]);
});

test('[guest] practice reveals each explanation only after that question is checked', async ({ page }) => {
  const record = recordResponses(page);
  const mod = modules[3]!;
  await page.goto(`/courses/${course.id}/${mod.id}`);
  await pressButton(page, 'Practice');
  await page.waitForURL(/\/attempts\//);
  const order = await questionOrder(page);
  for (let n = 0; n < order.length; n++) {
    const { question } = await currentQuestion(page, order);
    // Nothing of this question or any later one has arrived yet.
    expect(await leaksOf(await record.bodies(), order.slice(n)), `before checking question ${n + 1}`).toEqual([]);
    await answerCorrectly(page, question);
    await pressButton(page, 'Check');
    await expect(page.getByText(canaryExplanation(question.id))).toBeVisible();
    await pressButton(page, n + 1 < order.length ? 'Next question' : 'See your summary');
  }
  // Reloading a finished practice shows the feedback again, and still nothing of other modules.
  await page.reload();
  const others = allIds.filter((id) => !order.includes(id));
  expect(await leaksOf(await record.bodies(), others)).toEqual([]);
});

test('[guest] practice sends no key, explanation or evidence after a first wrong try; the second wrong try or "Show me" does', async ({
  page,
}) => {
  const record = recordResponses(page);
  const mod = modules[2]!;
  await page.goto(`/courses/${course.id}/${mod.id}`);
  await pressButton(page, 'Practice');
  await page.waitForURL(/\/attempts\//);
  const order = await questionOrder(page);
  const attemptPath = new URL(page.url()).pathname;
  /** Every body the browser got, and the attempt as its page and API would send it now. */
  const everything = async () => [
    ...(await record.bodies()),
    await (await page.request.get(attemptPath)).text(),
    await (await page.request.get(`/api${attemptPath}`)).text(),
  ];
  const feedbackOf = async (button: string) => {
    const reply = page.waitForResponse((r) => /\/answers\/[^/]+(\/reveal)?$/.test(new URL(r.url()).pathname));
    await pressButton(page, button);
    return ((await (await reply).json()) as { answer: { feedback: Record<string, unknown> } }).answer.feedback;
  };
  // A single-choice question goes wrong twice; the next one-answer question wrong once, then "Show me".
  const steps: ('twice' | 'show me')[] = ['twice', 'show me'];
  const shown: string[] = [];
  for (let n = 0; n < order.length && steps.length > 0; n++) {
    const { question } = await currentQuestion(page, order);
    const wrongOptions = (Array.isArray(question.options) ? question.options : []).filter(
      (o) => o.id !== question.answer,
    );
    const step =
      steps[0] === 'twice'
        ? wrongOptions.length >= 2 && question.type === 'single-choice'
          ? 'twice'
          : undefined
        : question.type !== 'true-false' && wrongChoiceText(question)
          ? 'show me'
          : undefined;
    if (step) {
      steps.shift();
      await answerWrongly(page, question);
      const first = await feedbackOf('Check');
      // Nor the evidence: no evidence and no cited sentence, only the paragraph to read again.
      expect(first).toMatchObject({ verdict: 'incorrect', correctAnswer: [], explanation: '', evidence: [] });
      expect(JSON.stringify(first)).not.toContain('"isCited"');
      await expect(page.getByText(/^Read this again: paragraph \d+$/).first()).toBeVisible();
      const bodies = await everything();
      expect((await leaksOf(bodies, order)).sort(), `after a first wrong try at question ${n + 1}`).toEqual(
        [...shown].sort(),
      );
      // Evidence travels as paragraphs with their cited sentences marked (the bundle's code names the field too).
      if (shown.length === 0) expect(bodies.filter((b) => /\\?"isCited\\?":true/.test(b))).toEqual([]);
      let full;
      if (step === 'twice') {
        await pressButton(page, 'Try again');
        const second = page.getByRole('radio', { name: wrongOptions[1]!.text, exact: true });
        await second.focus();
        await page.keyboard.press('Space');
        full = await feedbackOf('Check');
      } else {
        full = await feedbackOf('Show me the answer');
      }
      // The control: now this question's explanation and evidence arrive, and no other's.
      shown.push(question.id);
      expect((full.evidence as unknown[]).length).toBeGreaterThan(0);
      await expect(page.getByText(canaryExplanation(question.id))).toBeVisible();
      const after = await everything();
      expect((await leaksOf(after, order)).sort()).toEqual([...shown].sort());
      expect(after.some((b) => /\\?"isCited\\?":true/.test(b))).toBe(true);
    }
    await pressButton(page, 'Next question');
  }
  expect(steps).toEqual([]);
});

test('[guest] a quiz reveals no key or explanation until it is submitted', async ({ page }) => {
  const record = recordResponses(page);
  const mod = modules[4]!;
  await page.goto(`/courses/${course.id}/${mod.id}`);
  await pressButton(page, 'Take the quiz');
  await page.waitForURL(/\/attempts\//);
  const order = await questionOrder(page);
  for (let n = 0; n < order.length; n++) {
    const { question } = await currentQuestion(page, order);
    await answerCorrectly(page, question);
    await pressButton(page, n + 1 < order.length ? 'Next' : 'Review answers');
  }
  await expect(page.getByText(/All answers saved/)).toBeVisible();
  await page.reload(); // the server-rendered page of an attempt in progress, too
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  expect(await leaksOf(await record.bodies(), allIds)).toEqual([]);

  await pressButton(page, 'Submit');
  await pressButton(page, 'Submit answers');
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  // The control: after submitting, every explanation of this quiz arrives, and only these.
  const bodies = await record.bodies();
  expect((await leaksOf(bodies, order)).sort()).toEqual([...order].sort());
  expect(
    await leaksOf(
      bodies,
      allIds.filter((id) => !order.includes(id)),
    ),
  ).toEqual([]);
});

test('[guest] self-study never receives a question kept for graded work, even after submitting', async ({ page }) => {
  // The assessment pool is what teachers assign for a grade: its keys must not be readable in
  // self-study by anyone. Submitting shows every drawn question's explanation (the control), so a
  // drawn assessment question could not hide.
  const record = recordResponses(page);
  const assessmentIds = modules.flatMap((m) => m.questions.filter((q) => q.pool === 'assessment').map((q) => q.id));
  expect(assessmentIds.length).toBeGreaterThan(0);
  const drawn: string[] = [];
  for (const start of [`/courses/${course.id}/${modules[1]!.id}`, `/courses/${course.id}`]) {
    await page.goto(start);
    await pressButton(page, start.endsWith(course.id) ? 'Take the final test' : 'Take the quiz');
    await page.waitForURL(/\/attempts\//);
    const order = await questionOrder(page);
    drawn.push(...order);
    for (let n = 0; n < order.length; n++) {
      const { question } = await currentQuestion(page, order);
      await answerCorrectly(page, question);
      await pressButton(page, n + 1 < order.length ? 'Next' : 'Review answers');
    }
    await pressButton(page, 'Submit');
    await pressButton(page, 'Submit answers');
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  }
  const bodies = await record.bodies();
  const unique = [...new Set(drawn)];
  expect((await leaksOf(bodies, unique)).sort()).toEqual(unique.sort());
  expect(await leaksOf(bodies, assessmentIds)).toEqual([]);
});
