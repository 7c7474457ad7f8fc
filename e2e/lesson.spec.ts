import { expect, test } from '@playwright/test';
import { article, citationCount, course, modules, sentences } from './content';

test('[guest] finds the course, its modules and their objectives on the home page @phone', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto('/');
  // The page is prerendered, the same for everyone: its scripts run under the policy's hashes, so
  // the header asks who is signed in and says "Sign in", and the learner's progress arrives.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText(`0 of ${modules.length} lessons read`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: course.title })).toBeVisible();
  await expect(page.getByText('Who it is for:')).toBeVisible();
  for (const mod of modules) {
    const link = page.getByRole('link', { name: mod.title });
    await expect(link).toBeVisible();
    for (const objective of mod.objectives) await expect(page.getByText(objective.text, { exact: true })).toBeVisible();
  }
  for (const path of [`/courses/${course.id}/${modules[0]!.id}`, `/articles/${course.article}`, '/no-such-page']) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  }
  expect(refused).toEqual([]);
});

test('[guest] walks a lesson and follows a citation to the highlighted sentence in the article @phone', async ({
  page,
}) => {
  const mod = modules[0]!;
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page.getByRole('heading', { level: 1, name: mod.lesson.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: /By the end of this lesson/ })).toBeVisible();
  for (const section of mod.lesson.sections)
    await expect(page.getByRole('heading', { level: 2, name: section.heading })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key terms' })).toBeVisible();

  const citations = page.getByRole('link', { name: /source: article, paragraph \d+, sentence \d+/ });
  await expect(citations).toHaveCount(citationCount(mod));

  const first = citations.first();
  const href = (await first.getAttribute('href'))!;
  const sentenceId = href.split('#')[1]!;
  const cited = sentences.find((s) => s.id === sentenceId)!;
  await first.click();

  await expect(page).toHaveURL(new RegExp(`/articles/${course.article}#${sentenceId}$`));
  const target = page.locator(`[id="${sentenceId}"]`);
  await expect(target).toHaveText(cited.text);
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
  // Highlighted by more than colour: a yellow background and a visible outline.
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, outline: s.outlineStyle };
  });
  expect(style.background).toBe('rgb(254, 240, 138)');
  expect(style.outline).toBe('solid');
  // Only the cited sentence is highlighted.
  const other = sentences.find((s) => s.id !== sentenceId)!;
  const otherBackground = await page
    .locator(`[id="${other.id}"]`)
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(otherBackground).not.toBe('rgb(254, 240, 138)');
});

test('[guest] follows a citation with the keyboard alone and lands focused on the sentence', async ({ page }) => {
  const mod = modules[1]!;
  await page.goto(`/courses/${course.id}/${mod.id}`);
  const citation = page.getByRole('link', { name: /source: article, paragraph \d+, sentence \d+/ }).first();
  const sentenceId = (await citation.getAttribute('href'))!.split('#')[1]!;
  // Tab from the top of the page until the citation has focus, as a keyboard user would.
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if (await citation.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(citation).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${sentenceId}$`));
  await expect(page.locator(`[id="${sentenceId}"]`)).toBeFocused();
});

test('[guest] every sentence of the article is addressable by its id in the URL', async ({ page }) => {
  await page.goto(`/articles/${course.article}`);
  await expect(page.getByRole('region', { name: /Paragraph \d+/ })).toHaveCount(article.paragraphs.length);
  for (const sentence of sentences) await expect(page.locator(`[id="${sentence.id}"]`)).toHaveText(sentence.text);

  const last = sentences.at(-1)!;
  await page.goto(`/articles/${course.article}#${last.id}`);
  await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${last.id}"]`)).toBeFocused();
});

test('[guest] every lesson shows its objectives, terms and one citation mark per cited sentence', async ({ page }) => {
  for (const mod of modules) {
    await page.goto(`/courses/${course.id}/${mod.id}`);
    await expect(page.getByRole('heading', { level: 1, name: mod.lesson.title })).toBeVisible();
    for (const objective of mod.objectives) await expect(page.getByText(objective.text, { exact: true })).toBeVisible();
    const keyTerms = page.getByRole('region', { name: 'Key terms' });
    for (const term of mod.terms) await expect(keyTerms.getByText(term.term, { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /source: article, paragraph \d+, sentence \d+/ })).toHaveCount(
      citationCount(mod),
    );
  }
});

test('[guest] an unknown mod answers with a helpful not-found page', async ({ page }) => {
  const response = await page.goto(`/courses/${course.id}/no-such-mod`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
