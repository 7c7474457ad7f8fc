import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { course, modules, type Question } from './content';
import { signedInAs, signInViaApi } from './support/accounts';
import { answerCorrectly, answerWrongly, pressButton, wrongChoiceText } from './support/answer';
import { attemptIdOf, currentQuestion, questionOrder } from './support/attempt';
import { expectNoAxeViolations } from './support/axe';
import { openE2eDb, type E2eDb } from './support/e2e-db';

// Answers given without a connection are kept in the browser with their idempotency keys and
// reach the server when it is back, each recorded once, even across a reload; on a shared
// computer they are never sent as the next person to sign in.

const ANSWERS = '**/api/attempts/*/answers/*';

async function startQuiz(page: Page, moduleId: string) {
  await page.goto(`/courses/${course.id}/${moduleId}`);
  await pressButton(page, 'Take the quiz');
  await page.waitForURL(/\/attempts\//);
}

/** Each recorded save of the attempt, per question: how many saves the server took, and tries/revision of the answer. */
async function recorded(db: E2eDb, attemptId: string) {
  const saves = await db.all('select question_id from answer_saves where attempt_id = ?', [attemptId]);
  const answers = await db.all('select question_id, tries, revision from answers where attempt_id = ?', [attemptId]);
  const count = (id: string) => saves.filter((s) => s.question_id === id).length;
  return Object.fromEntries(
    answers.map((a) => [a.question_id as string, { saves: count(a.question_id as string), tries: Number(a.tries) }]),
  );
}

const keptOnDevice = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sourcewise:unsent-answers:')).length);

/** Answers three questions from the first one-choice one on, that one wrongly first. */
async function answerThree(page: Page, order: string[]): Promise<{ changed: Question; answered: Question[] }> {
  let changed: Question | undefined;
  const answered: Question[] = [];
  // The draw is random: move on, unanswered, to the first one-choice question, so there is one to change.
  for (;;) {
    const { question, index } = await currentQuestion(page, order);
    if (wrongChoiceText(question) !== undefined || index >= order.length - 3) break;
    await pressButton(page, 'Next');
  }
  for (let n = 0; n < 3; n++) {
    const { question } = await currentQuestion(page, order);
    if (!changed && wrongChoiceText(question) !== undefined) {
      changed = question;
      await answerWrongly(page, question);
      // Past the autosave's pause, so the wrong answer is on its way (and failing) before it changes.
      await page.waitForTimeout(800);
    }
    await answerCorrectly(page, question);
    answered.push(question);
    await pressButton(page, 'Next');
  }
  if (!changed) throw new Error('none of the first three questions takes one choice');
  return { changed, answered };
}

async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  await expect(page.getByText('You are offline.')).toBeVisible();
}

test('[student] answers offline, reloads, and every answer reaches the server exactly once with the latest choice @phone', async ({
  page,
  context,
}) => {
  const db = await openE2eDb();
  await signedInAs(page.request);
  await startQuiz(page, modules[1]!.id);
  const attemptId = attemptIdOf(page);
  const order = await questionOrder(page);

  await goOffline(context, page);
  const { changed, answered } = await answerThree(page, order);
  const notice = page.getByRole('status').filter({ hasText: 'You are offline.' });
  await expect(notice).toContainText('3 answers waiting to be sent, kept on this device');
  await expectNoAxeViolations(page, 'quiz offline with answers waiting');

  // The connection returns, but no reply gets back: the server records each answer and the
  // browser never hears so (the worst case for "exactly once").
  await page.route(ANSWERS, async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  });
  await context.setOffline(false);
  await expect.poll(async () => Object.keys(await recorded(db, attemptId)).length, { timeout: 20_000 }).toBe(3);
  await expect(page.getByRole('status').filter({ hasText: 'The server cannot be reached.' })).toContainText(
    '3 answers waiting to be sent',
  );

  // Reload while the server is still out of reach: the answers are still on the device and shown.
  await page.unroute(ANSWERS);
  await page.route(ANSWERS, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'The server cannot be reached.' })).toContainText(
    '3 answers waiting to be sent',
  );
  expect(await keptOnDevice(page)).toBe(1);

  // Back for real: everything waiting is sent, with the keys it was given before the reload.
  await page.unroute(ANSWERS);
  await expect(page.getByText('All answers saved')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/answers? waiting to be sent/)).toHaveCount(0);
  expect(await keptOnDevice(page)).toBe(0);
  const final = await recorded(db, attemptId);
  // The changed question was saved twice (its wrong answer, then its right one), each once; the
  // others once. A save sent again under a new key would show here as a second save and try.
  expect(final).toEqual(
    Object.fromEntries(
      answered.map((q) => [q.id, q.id === changed.id ? { saves: 2, tries: 2 } : { saves: 1, tries: 1 }]),
    ),
  );

  // The server has the latest choice: a fresh page, drawn from the server alone, shows it.
  await page.reload();
  const number = order.indexOf(changed.id) + 1;
  const navigator = page.getByRole('navigation', { name: 'Questions' });
  // On a phone the question buttons are folded under "Questions: n of N answered".
  const fold = navigator.getByRole('button', { name: /^Questions: \d+ of \d+ answered/ });
  if (await fold.isVisible()) await fold.click();
  await navigator.getByRole('button', { name: new RegExp(`^${number}\\s*, answered`) }).click();
  await expect(page.getByText(`Question ${number} of ${order.length}`)).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(page.getByRole('radio', { name: wrongChoiceText(changed)!, exact: true })).not.toBeChecked();
  await db.close();
});

test('[student] answers kept for one account on a shared computer are not sent while another is signed in', async ({
  page,
  context,
}) => {
  const db = await openE2eDb();
  const ana = await signedInAs(page.request);
  await startQuiz(page, modules[0]!.id);
  const attemptId = attemptIdOf(page);
  const order = await questionOrder(page);
  await goOffline(context, page);
  const { question } = await currentQuestion(page, order);
  await answerCorrectly(page, question);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toContainText(
    '1 answer waiting to be sent',
  );

  // Ben signs in on the same browser (another tab) while Ana's page waits for the connection.
  await signedInAs(page.request);
  await context.setOffline(false);
  await expect(page.getByText(/no longer signed in as the learner who started this attempt/)).toBeVisible({
    timeout: 20_000,
  });
  expect(await recorded(db, attemptId)).toEqual({});
  expect(await keptOnDevice(page)).toBe(1);

  // Ben's own quiz neither shows nor sends Ana's answer.
  await startQuiz(page, modules[0]!.id);
  const bensAttempt = attemptIdOf(page);
  expect(bensAttempt).not.toBe(attemptId);
  await expect(page.getByText('Answers save as you go')).toBeVisible();
  expect(await recorded(db, bensAttempt)).toEqual({});
  expect(await keptOnDevice(page)).toBe(1);

  // Ana signs in again and opens her attempt: her answer is sent then, once.
  expect((await signInViaApi(page.request, ana.email, ana.password)).status()).toBe(200);
  await page.goto(`/attempts/${attemptId}`);
  await expect(page.getByText('All answers saved')).toBeVisible({ timeout: 20_000 });
  expect(await recorded(db, attemptId)).toEqual({ [question.id]: { saves: 1, tries: 1 } });
  expect(await keptOnDevice(page)).toBe(0);
  await db.close();
});

test('[guest] an answer left unsent before signing up is sent from the account, once', async ({ page }) => {
  const db = await openE2eDb();
  await startQuiz(page, modules[2]!.id);
  const attemptId = attemptIdOf(page);
  const order = await questionOrder(page);
  // The server is out of reach for saves only, so the guest can still sign up.
  await page.route(ANSWERS, (route) => route.abort('internetdisconnected'));
  const { question } = await currentQuestion(page, order);
  await answerCorrectly(page, question);
  await expect(page.getByRole('status').filter({ hasText: 'The server cannot be reached.' })).toContainText(
    '1 answer waiting to be sent',
  );

  // Signing up takes the guest's attempt into the account; the answer kept under the guest's name
  // on this device goes with it, and the account's page shows it waiting.
  await signedInAs(page.request);
  await page.goto(`/auth/continue?next=${encodeURIComponent(`/attempts/${attemptId}`)}`);
  await page.waitForURL(new RegExp(`/attempts/${attemptId}$`));
  await expect(page.getByRole('status').filter({ hasText: 'The server cannot be reached.' })).toContainText(
    '1 answer waiting to be sent',
  );
  await page.unroute(ANSWERS);
  await expect(page.getByText('All answers saved')).toBeVisible({ timeout: 20_000 });
  expect(await recorded(db, attemptId)).toEqual({ [question.id]: { saves: 1, tries: 1 } });
  expect(await keptOnDevice(page)).toBe(0);
  await db.close();
});
