import { expect, test, type Locator, type Page } from '@playwright/test';
import { course, modules, sentences } from './content';
import { answerCorrectly, pressButton } from './support/answer';
import { currentQuestion, questionOrder } from './support/attempt';
import { expectNoAxeViolations } from './support/axe';
import { endUtterance, fakeSpeech, isSpeaking, spokenSoFar } from './support/fake-speech';

// Read aloud on a lesson, the article and a quiz question, by keyboard alone. The browser's speech is
// a fake (e2e/support/fake-speech.ts): what the page asks it to say is what these tests check.

/** Tabs forward, as a keyboard user would, until the control has focus. */
async function tabTo(page: Page, control: Locator, presses = 40) {
  for (let n = 0; n < presses; n++) {
    await page.keyboard.press('Tab');
    if (await control.evaluate((el) => el === document.activeElement)) return;
  }
  await expect(control).toBeFocused();
}

const reading = (page: Page) => page.locator('[data-reading]');
const statusOf = (page: Page) => page.getByRole('group', { name: 'Read aloud' }).getByRole('status');

/** The sentence being said comes to its end; waits until the control has gone on (or finished). */
async function sayNext(page: Page) {
  await expect.poll(() => isSpeaking(page)).toBe(true);
  const before = (await spokenSoFar(page)).length;
  await endUtterance(page);
  await expect.poll(async () => (await spokenSoFar(page)).length > before || (await isFinished(page))).toBe(true);
}

const isFinished = async (page: Page) => (await statusOf(page).textContent()) === 'Finished reading.';

async function lastSpoken(page: Page) {
  return (await spokenSoFar(page)).at(-1);
}

test('[guest] listens to a lesson by keyboard: sentence by sentence without citation numbers, pauses, resumes, changes speed', async ({
  page,
}) => {
  const mod = modules[0]!;
  const firstSection = mod.lesson.sections[0]!;
  const firstSentence = firstSection.paragraphs[0]![0]!;
  expect(firstSentence.evidence?.length, 'the first lesson sentence is a cited one').toBeGreaterThan(0);
  await fakeSpeech(page, { hasVoices: true });
  await page.goto(`/courses/${course.id}/${mod.id}`);

  const play = page.getByRole('button', { name: 'Read aloud' });
  await expect(play).not.toHaveAttribute('aria-disabled');
  await tabTo(page, play);
  await page.keyboard.press('Enter');

  // The title first, highlighted by more than colour: tinted, outlined and underlined.
  await expect(statusOf(page)).toHaveText('Reading aloud.');
  await expect(reading(page)).toHaveText(mod.lesson.title);
  expect(await lastSpoken(page)).toEqual({ text: mod.lesson.title, rate: 1, lang: 'en', voice: 'Test English' });
  const look = await reading(page).evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, underline: s.textDecorationLine };
  });
  expect(look).toEqual({ outline: 'solid', underline: 'underline' });
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();

  // On past the summary and the section heading to the first sentence: its words, not its marks.
  for (let n = 0; n < 3; n++) await sayNext(page);
  await expect(reading(page)).toContainText(firstSentence.text);
  await expect.poll(async () => (await lastSpoken(page))?.text).toBe(firstSentence.text);
  const texts = (await spokenSoFar(page)).map((s) => s.text);
  expect(texts).toHaveLength(4);
  expect(texts[2]).toBe(firstSection.heading);
  await expectNoAxeViolations(page, 'lesson read aloud');

  // Pause keeps the place; Resume says that sentence again.
  await page.keyboard.press('Enter');
  await expect(statusOf(page)).toHaveText('Paused.');
  await expect(page.getByRole('group', { name: 'Read aloud' })).toContainText(/Paused\. Sentence 4 of \d+/);
  await expect(reading(page)).toContainText(firstSentence.text);
  await expect.poll(() => isSpeaking(page)).toBe(false);
  await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(statusOf(page)).toHaveText('Reading aloud.');
  await expect.poll(async () => (await spokenSoFar(page)).length).toBe(5);
  expect((await lastSpoken(page))?.text).toBe(firstSentence.text);

  // A faster speed: the sentence is said again at it, and so is the next one; and it is remembered.
  const speed = page.getByRole('combobox', { name: 'Speed' });
  await tabTo(page, speed, 3);
  await page.keyboard.press('ArrowDown');
  await expect(speed).toHaveValue('1.25');
  await expect.poll(async () => (await lastSpoken(page))?.rate).toBe(1.25);
  expect((await lastSpoken(page))?.text).toBe(firstSentence.text);
  await sayNext(page);
  const second = firstSection.paragraphs[0]![1]!;
  await expect(reading(page)).toContainText(second.text);
  await expect.poll(async () => await lastSpoken(page)).toMatchObject({ text: second.text, rate: 1.25 });
  // On to the first sentence that carries a citation mark (claims citing one sentence share a mark,
  // after the last of them): what is said is its words, not the mark's number.
  const marked = reading(page).getByRole('link', { name: /source: article/ });
  for (let n = 0; n < 12 && (await marked.count()) === 0; n++) await sayNext(page);
  await expect(marked.first()).toBeVisible();
  const label = (await marked.first().evaluate((a) => a.firstChild?.textContent ?? '')).trim();
  const words = await reading(page).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-read-skip]').forEach((skip) => skip.remove());
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
  await expect.poll(async () => (await lastSpoken(page))?.text).toBe(words);
  expect(label).toMatch(/^\d+\.\d+$/);
  expect((await lastSpoken(page))?.text).not.toContain(label);

  // Stop: nothing highlighted, nothing said; the next lesson is read at 1.25× too.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(statusOf(page)).toHaveText('Stopped.');
  await expect(reading(page)).toHaveCount(0);
  await expect.poll(() => isSpeaking(page)).toBe(false);
  await page.goto(`/courses/${course.id}/${modules[1]!.id}`);
  await pressButton(page, 'Read aloud');
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.25');
  await expect.poll(() => lastSpoken(page)).toMatchObject({ text: modules[1]!.lesson.title, rate: 1.25 });
});

test('[guest] listens to the article from its first sentence, in its language @phone', async ({ page }) => {
  await fakeSpeech(page, { hasVoices: true });
  await page.goto(`/articles/${course.article}`);
  const play = page.getByRole('button', { name: 'Read aloud' });
  await expect(play).not.toHaveAttribute('aria-disabled');
  await tabTo(page, play);
  await page.keyboard.press('Space');
  const first = sentences[0]!;
  await expect(reading(page)).toHaveAttribute('id', first.id);
  await expect.poll(() => lastSpoken(page)).toMatchObject({ text: first.text, lang: 'en', voice: 'Test English' });
  await sayNext(page);
  await expect(reading(page)).toHaveAttribute('id', sentences[1]!.id);
  await expect.poll(async () => (await lastSpoken(page))?.text).toBe(sentences[1]!.text);
  // The controls stay in reach under the header while the article is read further down.
  await page.mouse.wheel(0, 1500);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeInViewport();
  await expectNoAxeViolations(page, 'article read aloud');
});

test('[guest] hears a quiz question: its prompt, then its choices', async ({ page }) => {
  await fakeSpeech(page, { hasVoices: true });
  const mod = modules[1]!;
  await page.goto(`/courses/${course.id}/${mod.id}`);
  await pressButton(page, 'Take the quiz');
  await page.waitForURL(/\/attempts\//);
  const order = await questionOrder(page);
  let { question } = await currentQuestion(page, order);
  // A fill-in has a prompt and no choices: go on to one with choices to hear.
  while (question.type === 'fill-blank') {
    await pressButton(page, 'Next');
    ({ question } = await currentQuestion(page, order));
  }

  const play = page.getByRole('button', { name: 'Read aloud' });
  await expect(play).not.toHaveAttribute('aria-disabled');
  await tabTo(page, play);
  await page.keyboard.press('Enter');
  const prompt = page.locator('legend');
  await expect(reading(page)).toHaveCount(1);
  await expect(prompt).toHaveAttribute('data-reading');
  const said = (await spokenSoFar(page)).map((s) => s.text);
  expect(said).toHaveLength(1);
  // What a listener hears is the prompt as shown, the blank of a fill-in said as "blank".
  expect(said[0]).toContain(question.prompt.split(/_{3,}/)[0]!.trim());
  expect(said[0]).not.toMatch(/_{3}/);
  await sayNext(page);
  await expect.poll(async () => (await spokenSoFar(page)).length).toBe(2);
  const shown = await reading(page).innerText();
  expect((await lastSpoken(page))?.text).toBe(shown.replace(/\s+/g, ' ').trim());
  await expect(prompt).not.toHaveAttribute('data-reading');
  await expectNoAxeViolations(page, 'quiz question read aloud');

  // The next question starts quiet.
  await pressButton(page, 'Next');
  await expect(reading(page)).toHaveCount(0);
  await expect.poll(() => isSpeaking(page)).toBe(false);
});

test('[guest] hears a practice question again after checking it, with its feedback', async ({ page }) => {
  await fakeSpeech(page, { hasVoices: true });
  const mod = modules[0]!;
  await page.goto(`/courses/${course.id}/${mod.id}`);
  await pressButton(page, 'Practice');
  await page.waitForURL(/\/attempts\//);
  const { question } = await currentQuestion(page, await questionOrder(page));
  await answerCorrectly(page, question);
  await pressButton(page, 'Check');
  await expect(page.getByText(/^\W*Correct$/).first()).toBeVisible();

  await pressButton(page, 'Read aloud');
  // Through the prompt and the choices to the verdict and why: each said once, in order.
  for (let n = 0; n < 20 && !(await isFinished(page)); n++) await sayNext(page);
  await expect(statusOf(page)).toHaveText('Finished reading.');
  const said = (await spokenSoFar(page)).map((s) => s.text);
  expect(said.indexOf('Correct')).toBeGreaterThan(0);
  expect(said.at(-1)).toBe(question.explanation);
});

test('[guest] where the browser has no voices, the control says so instead of offering a dead button', async ({
  page,
}) => {
  await fakeSpeech(page, { hasVoices: false });
  await page.goto(`/courses/${course.id}/${modules[0]!.id}`);
  await expect(page.getByText('Read aloud is not available: this browser has no voices.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);
});
