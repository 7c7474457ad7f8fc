import { expect, test, type Page } from '@playwright/test';
import { course, modules, practiceOf } from './content';
import { answerCorrectly, answerWrongly, pressButton, wrongChoiceText } from './support/answer';
import { attemptIdOf, currentQuestion, questionOrder } from './support/attempt';
import { expectNoAxeViolations } from './support/axe';

async function startFromLesson(page: Page, moduleId: string, button: 'Practice' | 'Take the quiz') {
  await page.goto(`/courses/${course.id}/${moduleId}`);
  await pressButton(page, button);
  await page.waitForURL(/\/attempts\//);
}

test('[guest] practices a module by keyboard: checks, learns why with the evidence, tries again, finishes', async ({
  page,
}) => {
  const mod = modules[0]!;
  await startFromLesson(page, mod.id, 'Practice');
  const order = await questionOrder(page);
  expect(order).toHaveLength(practiceOf(mod).length);
  const live = page.locator('[data-live="feedback"]');

  let sawWrongFirst = false;
  for (let n = 0; n < order.length; n++) {
    const { question } = await currentQuestion(page, order);
    if (!sawWrongFirst && wrongChoiceText(question)) {
      sawWrongFirst = true;
      await answerWrongly(page, question);
      await pressButton(page, 'Check');
      await expect(
        page
          .getByText(/^\W*Not quite$/)
          .filter({ visible: true })
          .first(),
      ).toBeVisible();
      // Announced without moving focus; a first wrong try points to the paragraph, no sentence marked.
      await expect(live).toContainText(/Not quite/);
      await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
      await expect(page.getByText(/^Read this again: paragraph \d+$/).first()).toBeVisible();
      await expect(page.locator('mark')).toHaveCount(0);
      const link = page.getByRole('link', { name: /Open paragraph \d+ in the article/ }).first();
      await expect(link).toHaveAttribute('href', new RegExp(`/articles/${course.article}#p\\d+s1$`));
      await expectNoAxeViolations(page, 'practice feedback');
      await pressButton(page, 'Try again');
    }
    await answerCorrectly(page, question);
    await pressButton(page, 'Check');
    await expect(
      page
        .getByText(/^\W*Correct$/)
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    await expect(live).toContainText(/Correct/);
    // A right answer comes with its evidence: the cited sentence in its paragraph.
    await expect(page.locator('mark').first()).toBeVisible();
    await pressButton(page, n + 1 < order.length ? 'Next question' : 'See your summary');
  }
  expect(sawWrongFirst).toBe(true);
  await pressButton(page, 'Finish practice');
  await expect(page.getByRole('heading', { name: 'Your practice results' })).toBeVisible();
  await expect(page.getByText(`${order.length} of ${order.length}`, { exact: false }).first()).toBeVisible();
});

test('[guest] takes a full quiz by keyboard in every question type, reviews, submits, and retakes what was missed', async ({
  page,
}) => {
  const mod = modules[1]!;
  expect(new Set(practiceOf(mod).map((q) => q.type)).size).toBe(8);
  await startFromLesson(page, mod.id, 'Take the quiz');
  const order = await questionOrder(page);
  // Opening the quiz puts the keyboard on the first question; the next Tab offers a way to the list.
  await expect(page.getByRole('heading', { name: `Question 1 of ${order.length}` })).toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the question list' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect((await skip.boundingBox())!.width).toBeGreaterThan(40);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('navigation', { name: 'Questions' }).getByRole('button', { name: /^1\s*, not answered/ }),
  ).toBeFocused();
  await expectNoAxeViolations(page, 'quiz question');

  // The article beside the questions: nothing is marked before submitting, so it opens at the top
  // (or at the paragraph a find-evidence question names), and every question is answered with it open.
  const first = (await currentQuestion(page, order)).question;
  await pressButton(page, 'Open the article');
  const panel = page.getByRole('region', { name: 'The article' });
  const opensAt = first.type === 'find-evidence' ? Number(first.paragraph!.slice(1)) : 1;
  await expect(panel.getByRole('region', { name: `Paragraph ${opensAt}`, exact: true })).toBeInViewport();
  await expect(panel.getByText(/^(The paragraph to read again|Cited in the feedback)$/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'quiz question with the article open');

  const missed: string[] = [];
  let skipped: string | undefined;
  for (let n = 0; n < order.length; n++) {
    const { question } = await currentQuestion(page, order);
    if (!skipped && question.type === 'fill-blank') {
      skipped = question.id; // left unanswered on purpose
    } else if (missed.length < 2 && wrongChoiceText(question)) {
      await answerWrongly(page, question);
      missed.push(question.id);
    } else {
      await answerCorrectly(page, question);
    }
    await pressButton(page, n + 1 < order.length ? 'Next' : 'Review answers');
  }
  expect(missed).toHaveLength(2);
  await expect(panel).toBeVisible();
  await pressButton(page, 'Close the article');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await expect(page.getByText(/All answers saved/)).toBeVisible();
  await expect(page.getByText(`You have answered ${order.length - 1} of ${order.length} questions.`)).toBeVisible();
  await expectNoAxeViolations(page, 'review screen');

  await pressButton(page, 'Submit');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('1');
  await expectNoAxeViolations(page, 'submit dialog');
  await pressButton(page, 'Submit answers');

  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  const score = order.length - 3;
  await expect(page.getByText(new RegExp(`${score} of ${order.length}`)).first()).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  for (const objective of mod.objectives) await expect(page.getByRole('table').getByText(objective.text)).toBeVisible();
  await expectNoAxeViolations(page, 'results');

  // What to do next comes first, above the questions: retake, the lesson section behind the weakest
  // objective, the next module.
  const next = page.getByRole('region', { name: 'What to do next' });
  const retakeButton = next.getByRole('button', { name: 'Retake only the ones I missed' });
  await expect(next.getByRole('link', { name: `Next module: ${modules[2]!.title}` })).toBeVisible();
  const reread = next.getByRole('link', { name: /^Read “.+” again$/ });
  const rereadHref = (await reread.getAttribute('href'))!;
  expect(rereadHref).toMatch(new RegExp(`^/courses/[^/]+/${mod.id}#section-[a-z0-9-]+$`));
  const answersHeading = page.getByRole('heading', { name: 'Your answers' });
  expect((await retakeButton.boundingBox())!.y).toBeLessThan((await answersHeading.boundingBox())!.y);
  // The missed and skipped questions are listed with links; they stay open, the right ones folded.
  const toLook = page.getByRole('region', { name: `To look at again (3 of ${order.length})` });
  await expect(toLook.getByRole('listitem')).toHaveCount(3);
  await expect(page.locator('details:not([open])')).toHaveCount(score);
  const firstMissed = toLook.getByRole('link').first();
  const target = (await firstMissed.getAttribute('href'))!;
  await firstMissed.click();
  await expect(page.locator(target).getByRole('heading', { level: 3 })).toBeInViewport();
  await expect(page.locator(`${target} mark`).first()).toBeVisible();
  const foldedId = await page.locator('section:has(> details:not([open]))').first().getAttribute('id');
  const folded = page.locator(`#${foldedId} > details`);
  await folded.locator('summary').click();
  await expect(folded.locator('mark').first()).toBeVisible();
  const lesson = await page.context().newPage();
  await lesson.goto(rereadHref);
  await expect(lesson.locator(`#${rereadHref.split('#')[1]}`).getByRole('heading')).toBeInViewport();
  await lesson.close();

  const firstAttempt = attemptIdOf(page);
  await pressButton(page, 'Retake only the ones I missed');
  await page.waitForURL((url) => url.pathname.startsWith('/attempts/') && !url.pathname.endsWith(firstAttempt));
  const retake = await questionOrder(page);
  expect(retake.sort()).toEqual([...missed, skipped!].sort());
  const retakeOrder = await questionOrder(page);
  for (let n = 0; n < retakeOrder.length; n++) {
    const { question } = await currentQuestion(page, retakeOrder);
    await answerCorrectly(page, question);
    await pressButton(page, n + 1 < retakeOrder.length ? 'Next' : 'Review answers');
  }
  await pressButton(page, 'Submit');
  await pressButton(page, 'Submit answers');
  await expect(page.getByText(new RegExp(`3 of 3`)).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retake only the ones I missed' })).toHaveCount(0);
});

test('[guest] closes the tab mid-quiz and continues where they stopped', async ({ page, context }) => {
  const mod = modules[2]!;
  await startFromLesson(page, mod.id, 'Take the quiz');
  const attemptId = attemptIdOf(page);
  const order = await questionOrder(page);
  for (let n = 0; n < 2; n++) {
    const { question } = await currentQuestion(page, order);
    await answerCorrectly(page, question);
    await pressButton(page, 'Next');
  }
  await expect(page.getByText(/All answers saved/)).toBeVisible();
  await page.close();

  const again = await context.newPage();
  await startFromLesson(again, mod.id, 'Take the quiz');
  expect(attemptIdOf(again)).toBe(attemptId);
  const { index } = await currentQuestion(again, order);
  expect(index).toBe(2);
  const saved = (await (await again.request.get(`/api/attempts/${attemptId}`)).json()) as {
    attempt: { answers: { questionId: string }[] };
  };
  expect(saved.attempt.answers.map((a) => a.questionId).sort()).toEqual(order.slice(0, 2).sort());
});

test('[guest] the final course test draws questions from every module', async ({ page }) => {
  await page.goto(`/courses/${course.id}`);
  await pressButton(page, 'Take the final test');
  await page.waitForURL(/\/attempts\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Final test');
  const order = await questionOrder(page);
  const moduleOf = (id: string) => modules.find((m) => m.questions.some((q) => q.id === id))!.id;
  expect(new Set(order.map(moduleOf)).size).toBe(modules.length);
  await expectNoAxeViolations(page, 'final test');
});

test('[guest] on an address other than the server’s own name, the plain "Take the quiz" form lands on the quiz at that address', async ({
  browser,
  baseURL,
}) => {
  // `next start` names itself localhost; a school reaches it by its own domain. 127.0.0.1 stands in for that.
  const elsewhere = baseURL!.replace('localhost', '127.0.0.1');
  const context = await browser.newContext({ baseURL: elsewhere });
  const page = await context.newPage();
  await page.goto(`/courses/${course.id}/${modules[0]!.id}`);
  await page.getByRole('button', { name: 'Take the quiz' }).click();
  await expect(page).toHaveURL(
    (url) => url.origin === new URL(elsewhere).origin && url.pathname.startsWith('/attempts/'),
  );
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await context.close();
});
