import { expect, test, type Page } from '@playwright/test';
import { course, modules } from './content';
import { answerCorrectly, pressButton } from './support/answer';
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
  await page.getByRole('link', { name: modules[0]!.title }).click();
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
