import { expect, test, type Page } from '@playwright/test';
import { course, modules, practiceOf } from './content';
import { signedInAs } from './support/accounts';
import { takeQuizViaApi } from './support/api-answers';
import { expectNoAxeViolations } from './support/axe';
import { expectHeaderInOneRow, expectNoSidewaysScroll } from './support/layout';

/** The objective's row on the dashboard: its text, level and numbers. */
const objectiveRow = (page: Page, text: string) =>
  page.getByRole('listitem').filter({ has: page.getByText(text, { exact: true }) });

test('[student] the dashboard shows mastery that changes after a quiz, and practices the mistakes in one click', async ({
  page,
}) => {
  await signedInAs(page.request);
  const mod = modules[0]!;
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();
  // Reading a lesson starts the record; no objective has been tested yet.
  expect(
    (await page.request.post('/api/progress/lessons', { data: { courseId: course.id, moduleId: mod.id } })).status(),
  ).toBe(204);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Mastery by learning objective' })).toBeVisible();
  for (const objective of mod.objectives) await expect(objectiveRow(page, objective.text)).toContainText('Not started');
  await expect(page.getByText(/How your level is worked out/)).toBeVisible();

  const { wrong } = await takeQuizViaApi(page.request, course.id, mod.id, 2);
  await page.reload();
  const levels = await Promise.all(mod.objectives.map((o) => objectiveRow(page, o.text).innerText()));
  expect(levels.some((text) => /Familiar|Proficient/.test(text))).toBe(true);
  // One quiz is one occasion: even an objective answered all right is not Mastered yet, and its row says
  // when a second occasion can be (two wrong answers leave at least one of the objectives all right).
  expect(levels.filter((text) => /Mastered\b(?! takes)/.test(text))).toEqual([]);
  expect(levels.some((text) => /on 1 occasion/.test(text))).toBe(true);
  await expect(
    page.getByText(/Mastered takes a second occasion: a right first try at one of its questions from/).first(),
  ).toBeVisible();
  await expect(page.getByText(/Mastered: 90% or more, .* on at least two occasions/)).toBeVisible();
  expect(levels.every((text) => !/Not started/.test(text)) || levels.some((text) => /No answers yet/.test(text))).toBe(
    true,
  );
  // The scores over time are there as a chart and as a table of numbers.
  await expect(page.getByRole('img', { name: /score/i })).toBeVisible();
  const total = practiceOf(mod).length;
  await expect(page.getByRole('cell', { name: `${total - 2} of ${total}`, exact: true })).toBeVisible();

  const mistakes = page.getByRole('region', { name: 'Review my mistakes' });
  const prompts = wrong.map((id) => mod.questions.find((q) => q.id === id)!.prompt);
  for (const prompt of prompts) await expect(mistakes.getByText(prompt.split('___')[0]!.trim()).first()).toBeVisible();
  await expectNoAxeViolations(page, 'dashboard');

  await page.emulateMedia({ colorScheme: 'light' });
  await mistakes.getByRole('button', { name: 'Practice these 2 questions' }).click();
  await page.waitForURL(/\/attempts\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Review of my mistakes');
  const review = (await (await page.request.get(page.url().replace('/attempts/', '/api/attempts/'))).json()) as {
    attempt: { questions: { id: string }[] };
  };
  expect(review.attempt.questions.map((q) => q.id).sort()).toEqual([...wrong].sort());
});

test('[guest] reading a lesson ticks it off on the course page, which then says where to continue', async ({
  page,
}) => {
  await page.goto(`/courses/${course.id}`);
  await expect(page.getByText(`0 of ${modules.length} lessons read`)).toBeVisible();
  const panel = page.getByRole('region', { name: /Start here|Continue where you left off/ });
  await expect(panel.getByRole('heading')).toHaveText('New to this course? Start here');
  await expect(panel.getByRole('link', { name: 'Start the course' })).toHaveAttribute(
    'href',
    `/courses/${course.id}/${modules[0]!.id}`,
  );
  await page.goto(`/courses/${course.id}/${modules[2]!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // A quiz on the first module, taken without reading its lesson: the lesson is still the next step.
  await takeQuizViaApi(page.request, course.id, modules[0]!.id, 1);
  await page.goto(`/courses/${course.id}`);
  await expect(page.getByText(`1 of ${modules.length} lessons read`)).toBeVisible();
  const item = (m: number) =>
    page.getByRole('listitem').filter({ has: page.getByRole('link', { name: modules[m]!.title }) });
  await expect(item(2).getByText('Read', { exact: true })).toBeAttached();
  await expect(item(2).getByText('Lesson read', { exact: true })).toBeVisible();
  await expect(item(0).getByText('Lesson not read', { exact: true })).toBeVisible();
  await expect(item(0).getByText(/^Your best quiz score: \d+%$/)).toBeVisible();
  await expect(panel.getByRole('heading')).toHaveText('Continue where you left off');
  await expect(panel).toContainText(`Module 1: ${modules[0]!.title}`);
  await expect(panel.getByRole('link', { name: 'Read the lesson' })).toHaveAttribute(
    'href',
    `/courses/${course.id}/${modules[0]!.id}`,
  );
  // One quiz is one occasion, so no objective is ticked yet, and the boxes say so in words.
  await expect(
    item(0)
      .getByText(/^Not mastered yet \((Attempted|Familiar|Proficient)\):$/)
      .first(),
  ).toBeAttached();
  await expect(page.getByText('Mastered:', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page, 'course page with progress');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'course page with progress, dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('link', { name: 'Read the lesson' }).click();
  await expect(page.getByRole('heading', { level: 1, name: modules[0]!.lesson.title })).toBeVisible();
  const objectives = page.getByRole('region', { name: /By the end of this lesson/ });
  await expect(objectives.getByText(/^Not mastered yet \(\w+\):$/)).toHaveCount(modules[0]!.objectives.length);
  await page.waitForLoadState('networkidle');
  await page.goto('/');
  await expect(panel).toContainText(`Module 2: ${modules[1]!.title}`);
  // With the second lesson read too, the next step is that module's quiz: a module is its lesson, then its quiz.
  const read = await page.request.post('/api/progress/lessons', {
    data: { courseId: course.id, moduleId: modules[1]!.id },
  });
  expect(read.status()).toBe(204);
  await page.reload();
  await expect(panel.getByRole('link', { name: 'Check your understanding' })).toHaveAttribute(
    'href',
    `/courses/${course.id}/${modules[1]!.id}#check-understanding`,
  );
});

test('[student] signed in with a long name and a quiz taken, no page is wider than the screen and the header is one row @phone', async ({
  page,
}) => {
  // Test accounts have long names ("Test student mx5…"), as real ones may; the quiz fills the dashboard's tables.
  await signedInAs(page.request);
  const { attemptId } = await takeQuizViaApi(page.request, course.id, modules[0]!.id, 2);
  const paths = ['/', `/courses/${course.id}`, `/courses/${course.id}/${modules[0]!.id}`, '/dashboard', '/classes'];
  for (const path of [...paths, '/work', `/attempts/${attemptId}`]) {
    await page.goto(path);
    await expectNoSidewaysScroll(page, path);
    await expectHeaderInOneRow(page, path);
  }

  // A quiz: on a phone the question list is folded under one button, so the first question and its
  // answers are on the first screen; on a desktop the numbered buttons are shown as they are.
  const mod = modules[1]!;
  const created = await page.request.post('/api/attempts', {
    data: { courseId: course.id, kind: 'quiz', moduleId: mod.id },
  });
  const quiz = `/attempts/${((await created.json()) as { attemptId: string }).attemptId}`;
  await page.goto(quiz);
  const heading = page.getByRole('heading', { name: /^Question 1 of \d+$/ });
  await expect(heading).toBeInViewport();
  await expectNoSidewaysScroll(page, 'a quiz');
  await expectHeaderInOneRow(page, 'a quiz');
  const navigator = page.getByRole('navigation', { name: 'Questions' });
  const fold = navigator.getByRole('button', { name: /^Questions: 0 of \d+ answered/ });
  const first = navigator.getByRole('button', { name: /^1\s*, not answered/ });
  if ((page.viewportSize()?.width ?? 0) < 640) {
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(first).toBeHidden();
    // The first answer is on the first screen too, not only the heading.
    await expect(heading.locator('xpath=ancestor::section[1]/*[2]')).toBeInViewport();
    await fold.click();
    await expect(first).toBeVisible();
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(page, 'a quiz with its question list unfolded on a phone');
  } else {
    await expect(fold).toBeHidden();
    await expect(first).toBeVisible();
  }

  // The narrowest phones still fit the header in one row, for a guest as for a student.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/work']) {
    await page.goto(path);
    await expectNoSidewaysScroll(page, `${path} at 320px`);
    await expectHeaderInOneRow(page, `${path} at 320px`);
  }
  await page.context().clearCookies();
  await page.goto('/');
  await expectHeaderInOneRow(page, 'a guest at 320px');
});
