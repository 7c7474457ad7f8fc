import { expect, test, type Page } from '@playwright/test';
import { course, modules, sentences, WHO_SAYS_SO_TEXT, type Question } from './content';
import { signedInAs } from './support/accounts';
import { answerCorrectly, pressButton } from './support/answer';
import { currentQuestion, questionOrder } from './support/attempt';
import { expectNoAxeViolations } from './support/axe';

// Practice feedback that makes a learner think: a first wrong try says so on the chosen option and
// points to the paragraph (no key, no explanation, no sentence marked); the answer comes with the
// second wrong try or "Show me"; Finish warns about unchecked questions and the result counts only
// what was checked.

type Option = { id: string; text: string };

/** Every wrong one-answer choice of a question, as shown (none for other types). */
function wrongChoices(q: Question): string[] {
  const options = q.options as Option[];
  switch (q.type) {
    case 'single-choice':
      return options.filter((o) => o.id !== q.answer).map((o) => o.text);
    case 'who-says-so':
      return Object.entries(WHO_SAYS_SO_TEXT)
        .filter(([id]) => id !== q.answer)
        .map(([, text]) => text);
    case 'find-evidence':
      return sentences.filter((s) => s.id.startsWith(`${q.paragraph}s`) && s.id !== q.answer).map((s) => s.text);
    default:
      return [];
  }
}

const paragraphsOf = (q: Question) => [...new Set(q.evidence.map((e) => Number(/^p(\d+)s/.exec(e.sentence)![1])))];

async function startPractice(page: Page, moduleIndex: number): Promise<string[]> {
  await signedInAs(page.request);
  await page.goto(`/courses/${course.id}/${modules[moduleIndex]!.id}`);
  await pressButton(page, 'Practice');
  await page.waitForURL(/\/attempts\//);
  return questionOrder(page);
}

/** Moves on to the first question (from the one on screen) with two wrong choices to pick from. */
async function goToQuestionWithTwoWrongChoices(page: Page, order: string[]): Promise<Question> {
  for (;;) {
    const { question } = await currentQuestion(page, order);
    if (wrongChoices(question).length >= 2) return question;
    await pressButton(page, 'Next question');
  }
}

async function pick(page: Page, text: string) {
  const radio = page.getByRole('radio', { name: text, exact: true });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

const verdict = (page: Page, text: RegExp) => page.getByText(text).filter({ visible: true }).first();

async function expectNoKeyShown(page: Page, question: Question) {
  await expect(page.getByText(question.explanation)).toHaveCount(0);
  await expect(page.getByText('The answer:', { exact: true })).toHaveCount(0);
  await expect(page.getByText('Where the article says so')).toHaveCount(0);
  // No sentence is singled out: for a find-evidence question that sentence is the key.
  await expect(page.locator('mark')).toHaveCount(0);
}

test('[student] answers wrong, sees the paragraph highlighted and no key, then tries again and gets it right @phone', async ({
  page,
}) => {
  const order = await startPractice(page, 0);
  const question = await goToQuestionWithTwoWrongChoices(page, order);
  const [wrong] = wrongChoices(question);
  await pick(page, wrong!);
  await pressButton(page, 'Check');
  await expect(verdict(page, /^\W*Not quite$/)).toBeVisible();
  // Marked on the option itself, in words.
  await expect(page.getByRole('radio', { name: `${wrong} Wrong`, exact: true })).toBeChecked();
  for (const n of paragraphsOf(question)) {
    await expect(page.getByText(`Read this again: paragraph ${n}`, { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: `Open paragraph ${n} in the article` })).toHaveAttribute(
      'href',
      `/articles/${course.article}#p${n}s1`,
    );
  }
  await expectNoKeyShown(page, question);
  await expect(page.locator('[data-live="feedback"]')).toContainText(/Read paragraph \d+/);
  await expectNoAxeViolations(page, 'practice, first wrong try');

  await pressButton(page, 'Try again');
  // The paragraph stays in view while they choose again.
  await expect(page.getByText(`Read this again: paragraph ${paragraphsOf(question)[0]}`)).toBeVisible();
  await answerCorrectly(page, question);
  await pressButton(page, 'Check');
  await expect(verdict(page, /^\W*Correct$/)).toBeVisible();
  await expect(page.getByText(question.explanation)).toBeVisible();
  await expect(page.getByText('Where the article says so')).toBeVisible();
  await expect(page.locator('mark').first()).toBeVisible();
});

test('[student] a second wrong try shows the answer, explanation and evidence; the same answer twice is not a try', async ({
  page,
}) => {
  const order = await startPractice(page, 0);
  const question = await goToQuestionWithTwoWrongChoices(page, order);
  const [first, second] = wrongChoices(question);
  await pick(page, first!);
  await pressButton(page, 'Check');
  await expect(verdict(page, /^\W*Not quite$/)).toBeVisible();
  await pressButton(page, 'Try again');
  await pressButton(page, 'Check');
  await expect(
    page.locator('p', { hasText: 'That is the answer you checked. Change it, or choose “Show me the answer”.' }),
  ).toBeVisible();
  await expectNoKeyShown(page, question);

  await pick(page, second!);
  await pressButton(page, 'Check');
  await expect(page.getByRole('radio', { name: `${second} Wrong`, exact: true })).toBeChecked();
  await expect(page.getByText('The answer:', { exact: true })).toBeVisible();
  await expect(page.getByText(question.explanation)).toBeVisible();
  await expect(page.getByText('Where the article says so')).toBeVisible();
  await expect(page.locator('mark').first()).toBeVisible();
  await expect(page.getByText(/^Read this again/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Answer shown' })).toHaveAttribute('aria-disabled', 'true');
});

test('[student] "Show me" shows the answer after one wrong try; Finish warns about unchecked questions; the result counts only what was checked @phone', async ({
  page,
}) => {
  const order = await startPractice(page, 0);
  const question = await goToQuestionWithTwoWrongChoices(page, order);
  await pick(page, wrongChoices(question)[0]!);
  await pressButton(page, 'Check');
  await expect(verdict(page, /^\W*Not quite$/)).toBeVisible();
  await expectNoKeyShown(page, question);
  await pressButton(page, 'Show me the answer');
  await expect(page.getByText(question.explanation)).toBeVisible();
  await expect(page.getByText('The answer:', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Answer shown' })).toBeFocused();
  await expectNoAxeViolations(page, 'practice, answer shown');
  // Shown for good: a reload brings the answer back, recorded on the server.
  await page.reload();
  while ((await currentQuestion(page, order)).question.id !== question.id) await pressButton(page, 'Next question');
  await expect(page.getByText(question.explanation)).toBeVisible();

  const { index } = await currentQuestion(page, order);
  for (let n = index; n < order.length - 1; n++) await pressButton(page, 'Next question');
  await pressButton(page, 'See your summary');
  await expect(page.getByText(`You checked 1 of ${order.length} questions, and 0 are correct.`)).toBeVisible();
  await pressButton(page, 'Finish practice');
  const dialog = page.getByRole('dialog', { name: `${order.length - 1} questions are not checked` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Your result counts only the 1 question you checked.');
  await expectNoAxeViolations(page, 'finish warning');
  await pressButton(page, 'Keep practising');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Practice summary' })).toBeVisible();

  await pressButton(page, 'Finish practice');
  await pressButton(page, 'Finish anyway');
  await expect(page.getByRole('heading', { name: 'Your practice results' })).toBeVisible();
  await expect(page.getByText('0 of 1 (0%)', { exact: true })).toBeVisible();
  await expect(
    page.getByText(`Counted from the 1 question you checked; ${order.length - 1} not checked are left out.`),
  ).toBeVisible();
});

test('[student] a multiple-select try marks the chosen options right or wrong, and no option left out', async ({
  page,
}) => {
  const order = await startPractice(page, 1);
  let question: Question;
  for (;;) {
    ({ question } = await currentQuestion(page, order));
    if (question.type === 'multiple-select') break;
    await pressButton(page, 'Next question');
  }
  const options = question.options as Option[];
  const answer = question.answer as string[];
  const right = options.find((o) => answer.includes(o.id))!;
  const wrong = options.find((o) => !answer.includes(o.id))!;
  const missed = options.filter((o) => answer.includes(o.id) && o.id !== right.id);
  for (const option of [right, wrong]) {
    const box = page.getByRole('checkbox', { name: option.text, exact: true });
    await box.focus();
    await page.keyboard.press('Space');
  }
  await pressButton(page, 'Check');
  await expect(page.getByRole('checkbox', { name: `${right.text} Right`, exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `${wrong.text} Wrong`, exact: true })).toBeChecked();
  for (const option of missed) {
    await expect(page.getByRole('checkbox', { name: option.text, exact: true })).not.toBeChecked();
  }
  await expectNoKeyShown(page, question);
  await expectNoAxeViolations(page, 'multiple-select marks');
});

test('[student] a matching try marks each pair right or wrong, without showing the right pairs', async ({ page }) => {
  const order = await startPractice(page, 1);
  let question: Question;
  for (;;) {
    ({ question } = await currentQuestion(page, order));
    if (question.type === 'matching') break;
    await pressButton(page, 'Next question');
  }
  const { left, right } = question.options as { left: Option[]; right: Option[] };
  const key = question.answer as Record<string, string>;
  const targetOf = (id: string) => right.find((r) => r.id === key[id])!.text;
  // The first two pairs swapped, the rest right.
  const chosen = left.map((l, i) => targetOf(i === 0 ? left[1]!.id : i === 1 ? left[0]!.id : l.id));
  for (const [i, l] of left.entries()) {
    await page.getByRole('combobox', { name: l.text, exact: true }).selectOption({ label: chosen[i]! });
  }
  await pressButton(page, 'Check');
  const percent = Math.round((100 * (left.length - 2)) / left.length);
  await expect(verdict(page, new RegExp(`^\\W*Partly correct — ${percent}%`))).toBeVisible();
  for (const [i, l] of left.entries()) {
    const select = page.getByRole('combobox', { name: l.text, exact: true });
    await expect(select).toHaveAccessibleDescription(i < 2 ? 'Wrong' : 'Right');
    // The learner's own pairing stays; the right one is not put in its place.
    await expect(select.locator('option:checked')).toHaveText(chosen[i]!);
  }
  await expectNoKeyShown(page, question);
  await expectNoAxeViolations(page, 'matching marks');
});

test('[student] opens the article beside a question: from the top before answering, at the paragraph to read again after a wrong try; Escape closes it @phone', async ({
  page,
}) => {
  const isPhone = (page.viewportSize()?.width ?? 1280) < 1024;
  const order = await startPractice(page, 0);
  const question = await goToQuestionWithTwoWrongChoices(page, order);
  const [n] = paragraphsOf(question);
  // A side panel beside the question on a wide screen; a modal sheet over it on a phone.
  const panel = isPhone
    ? page.getByRole('dialog', { name: 'The article' })
    : page.getByRole('region', { name: 'The article' });
  const paragraph = (number: number) => panel.getByRole('region', { name: `Paragraph ${number}`, exact: true });
  const fitsTheScreen = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  // Unanswered: the panel must not point at where the answer is (a find-evidence question names its paragraph itself).
  await pressButton(page, 'Open the article');
  await expect(panel.getByRole('heading', { name: 'The article' })).toBeFocused();
  await expect(
    paragraph(question.type === 'find-evidence' ? Number(question.paragraph!.slice(1)) : 1),
  ).toBeInViewport();
  await expect(panel.getByText('The paragraph to read again')).toHaveCount(0);
  await expect(panel.locator('mark')).toHaveCount(0);
  if (question.type !== 'find-evidence')
    expect(await panel.getByRole('group', { name: 'The article’s text' }).evaluate((el) => el.scrollTop)).toBe(0);
  expect(await fitsTheScreen()).toBe(true);
  if (isPhone) {
    await pressButton(page, 'Close the article');
    await expect(panel).toBeHidden();
    await expect(page.getByRole('button', { name: 'Open the article' })).toBeFocused();
  }

  // On a wide screen the question is answered with the article still open beside it.
  await pick(page, wrongChoices(question)[0]!);
  await pressButton(page, 'Check');
  await expect(verdict(page, /^\W*Not quite$/)).toBeVisible();
  // Still open beside it, the panel moves to the paragraph the feedback now points to.
  if (!isPhone) {
    await expect(paragraph(n!)).toBeInViewport();
    await expect(paragraph(n!)).toContainText('The paragraph to read again');
  }

  // "Open paragraph N in the article" opens the panel there instead of leaving the question.
  const url = page.url();
  const link = page.getByRole('link', { name: `Open paragraph ${n} in the article` });
  await link.click();
  await expect(paragraph(n!)).toBeInViewport();
  await expect(paragraph(n!)).toContainText('The paragraph to read again');
  expect(page.url()).toBe(url);
  expect(await fitsTheScreen()).toBe(true);
  await expectNoKeyShown(page, question);
  await expectNoAxeViolations(page, 'the article panel at the paragraph to read again');

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(link).toBeFocused();
});
