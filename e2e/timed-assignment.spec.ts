import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { course, modules } from './content';
import { signedInAs } from './support/accounts';
import { answerCorrectly } from './support/answer';
import { answerAndSubmitViaApi } from './support/api-answers';
import { currentQuestion, questionOrder } from './support/attempt';
import { expectNoAxeViolations } from './support/axe';

// A timed quiz with one attempt, as a teacher would set one for a class test: the timer counts
// down (heard at set points, not every second) and hands the answers in at zero; one student's
// accommodation doubles their time; the review policy keeps which answers were right back until
// the due date.

const minute = 60_000;
const title = `Quiz: ${modules[0]!.title}`;
const hideUntilDue = { score: 'immediately', answers: 'after_due', correctAnswers: 'after_due' };

async function studentIn(browser: Browser, baseURL: string | undefined, joinCode: string) {
  const context = await browser.newContext({ baseURL });
  const user = await signedInAs(context.request);
  expect((await context.request.post('/api/classes/join', { data: { code: joinCode } })).status()).toBe(200);
  return { context, user, page: await context.newPage() };
}

async function assign(request: APIRequestContext, classId: string, extra: Record<string, unknown>) {
  const res = await request.post('/api/assignments', {
    data: {
      classId,
      courseId: course.id,
      kind: 'quiz',
      moduleId: modules[0]!.id,
      closesAt: null,
      attemptsAllowed: 1,
      grading: 'highest',
      reviewPolicy: hideUntilDue,
      ...extra,
    },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { assignmentId: string }).assignmentId;
}

test('[teacher] a timed quiz with one attempt: the timer hands in at zero, an accommodation doubles one student’s time, answers stay hidden until the due date', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signedInAs(page.request, 'teacher');
  const klass = (
    (await (
      await page.request.post('/api/classes', { data: { name: `Timed ${Date.now().toString(36)}` } })
    ).json()) as { class: { id: string; joinCode: string } }
  ).class;
  const ana = await studentIn(browser, baseURL, klass.joinCode);
  const ben = await studentIn(browser, baseURL, klass.joinCode);
  const now = Date.now();
  const assignmentId = await assign(page.request, klass.id, {
    opensAt: new Date(now - minute).toISOString(),
    dueAt: new Date(now + 24 * 60 * minute).toISOString(),
    timeLimitMinutes: 1,
  });

  // The teacher gives Ben double time on the assignment's own page.
  await page.goto(`/teach/classes/${klass.id}`);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('None yet: every student has the class’s time limit and due date.')).toBeVisible();
  await page.getByLabel('Student').selectOption({ label: ben.user.name });
  await page.getByLabel('Extra time').selectOption({ label: 'Double time (×2)' });
  await page.getByRole('button', { name: 'Save accommodation' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Saved the accommodation for ${ben.user.name}.` }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Current accommodations' });
  await expect(table.getByRole('row', { name: new RegExp(ben.user.name) })).toContainText('×2');
  await expectNoAxeViolations(page, 'assignment page with an accommodation');

  // Both start from My work: Ana has a minute, Ben two.
  for (const student of [ana, ben]) {
    await student.page.goto('/work');
    await student.page.getByRole('button', { name: `Start ${title}` }).click();
    await student.page.waitForURL(/\/attempts\/[^/]+$/);
  }
  const timerOf = (p: typeof ana.page) => p.getByRole('timer', { name: 'Time left' });
  await expect(timerOf(ana.page)).toHaveText(/^(1:00|0:[45]\d)$/);
  await expect(timerOf(ben.page)).toHaveText(/^(2:00|1:5\d)$/);
  await expectNoAxeViolations(ana.page, 'timed attempt');

  // The timer stays in view while the question scrolls, below the site's sticky header, not under it.
  await ana.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => ana.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const header = (await ana.page.locator('[data-sticky-header]').boundingBox())!;
  const timerBox = (await timerOf(ana.page).boundingBox())!;
  expect(timerBox.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  expect(timerBox.y + timerBox.height).toBeLessThanOrEqual(ana.page.viewportSize()!.height);
  await ana.page.evaluate(() => window.scrollTo(0, 0));

  // Offline, a timed attempt says that answers reaching the server after the deadline do not count.
  await ben.context.setOffline(true);
  await expect(ben.page.getByRole('status').filter({ hasText: 'You are offline.' })).toContainText(
    'An answer that has not reached the server when the timer ends does not count: reconnect before time is up.',
  );
  await ben.context.setOffline(false);
  await expect(ben.page.getByText('You are offline.')).toHaveCount(0);

  // Ana answers the question on screen; it saves as she goes and is handed in with the rest.
  const { question } = await currentQuestion(ana.page, await questionOrder(ana.page));
  await answerCorrectly(ana.page, question);
  await expect(ana.page.getByText('All answers saved')).toBeVisible();
  const live = ana.page.getByRole('main').locator('[data-live=feedback]');
  // A screen reader hears the set points ("30 seconds left."), not every second.
  await expect(live).toHaveText('30 seconds left.', { timeout: 45_000 });
  // At zero the answers are handed in: the score shows, which answers were right does not yet.
  await expect(ana.page.getByRole('heading', { name: 'Your results' })).toBeVisible({ timeout: 45_000 });
  await expect(ana.page.getByText('Time is up: your saved answers were handed in.', { exact: true })).toBeVisible();
  await expect(ana.page.getByText('1 of 12 (8%)', { exact: true })).toBeVisible();
  await expect(
    ana.page.getByText(
      /Not shown: which answers were right, and the correct answers\. Your teacher's settings show more after the due date/,
    ),
  ).toBeVisible();
  await expect(ana.page.getByRole('heading', { name: /^Question \d+\s*: answered/i })).toHaveCount(1);
  await expect(ana.page.getByRole('heading', { name: /^Question \d+\s*: (Correct|Not quite|Partly)/i })).toHaveCount(0);
  await expect(ana.page.getByRole('heading', { name: 'Where the article says so' })).toHaveCount(0);
  await expect(timerOf(ben.page)).toHaveText(/^(0:5\d|1:\d\d)$/);

  // One attempt only: no Start button any more, and the API refuses a second.
  await ana.page.goto('/work');
  const assigned = ana.page
    .getByRole('region', { name: 'Done' })
    .getByRole('listitem')
    .filter({ has: ana.page.getByRole('heading', { name: title }) });
  await expect(assigned).toContainText('Submitted');
  await expect(ana.page.getByRole('button', { name: `Start ${title}` })).toHaveCount(0);
  expect((await ana.context.request.post(`/api/assignments/${assignmentId}/attempts`, { data: {} })).status()).toBe(
    409,
  );

  // The gradebook shows Ana handed in, and Ben still in progress with his extra time.
  await page.goto(`/teach/classes/${klass.id}/gradebook`);
  await expect(page.getByRole('row', { name: new RegExp(ana.user.name) })).toContainText('Submitted');
  await expect(page.getByRole('row', { name: new RegExp(ben.user.name) })).toContainText('In progress');

  // Past the due date the same policy shows which answers were right, with the evidence.
  const pastDue = await assign(page.request, klass.id, {
    moduleId: modules[1]!.id,
    opensAt: new Date(now - 120 * minute).toISOString(),
    dueAt: new Date(now - 60 * minute).toISOString(),
    timeLimitMinutes: null,
  });
  const started = await ana.context.request.post(`/api/assignments/${pastDue}/attempts`, { data: {} });
  expect(started.status()).toBe(201);
  const { attemptId } = (await started.json()) as { attemptId: string };
  await answerAndSubmitViaApi(ana.context.request, attemptId, 1);
  await ana.page.goto(`/attempts/${attemptId}`);
  await expect(ana.page.getByText('11 of 12 (92%)', { exact: true })).toBeVisible();
  await expect(ana.page.getByText(/^Not shown/)).toHaveCount(0);
  await expect(ana.page.getByRole('heading', { name: /^Question \d+\s*: Not quite/i })).toHaveCount(1);
  await expect(ana.page.getByRole('heading', { name: 'Where the article says so' }).first()).toBeVisible();

  await ana.context.close();
  await ben.context.close();
});
