import { expect, test } from '@playwright/test';
import {
  article,
  citationCount,
  course,
  modules,
  mostRepeatedCitations,
  paragraphCitationCount,
  sentences,
} from './content';

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

  await expect(page).toHaveURL(new RegExp(`/articles/${course.article}\\?from=[^#]+#${sentenceId}$`));
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

  // The way back goes to the lesson section the citation was in.
  const section = mod.lesson.sections.find((s) =>
    s.paragraphs.flat().some((line) => line.evidence?.some((e) => e.sentence === sentenceId)),
  )!;
  await page.getByRole('link', { name: 'Back to the lesson' }).click();
  await expect(page).toHaveURL(new RegExp(`/courses/${course.id}/${mod.id}#section-`));
  await expect(page.getByRole('heading', { level: 2, name: section.heading })).toBeInViewport();
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
  // Not opened from a lesson (or from one that does not exist): no way back is offered.
  await expect(page.getByRole('link', { name: 'Back to the lesson' })).toHaveCount(0);
  for (const sentence of sentences) await expect(page.locator(`[id="${sentence.id}"]`)).toHaveText(sentence.text);

  const last = sentences.at(-1)!;
  await page.goto(`/articles/${course.article}?from=${encodeURIComponent('https://example.org/')}#${last.id}`);
  await expect(page.getByRole('link', { name: 'Back to the lesson' })).toHaveCount(0);
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

test('[guest] claims in a row citing one sentence share one mark, and general knowledge is tagged, never a link', async ({
  page,
}) => {
  // The paragraph whose claims lean on one article sentence most often in a row.
  const { module: mod, paragraph, unmerged } = mostRepeatedCitations();
  const merged = paragraphCitationCount(paragraph);
  expect(merged).toBeLessThan(unmerged);
  await page.goto(`/courses/${course.id}/${mod.id}`);
  const prose = page.locator('main p').filter({ hasText: paragraph[0]!.text });
  await expect(prose).toHaveCount(1);
  // Tab stops in the paragraph, as the keyboard meets them: one per mark, no more.
  const marks = prose.getByRole('link', { name: /source: article, paragraph \d+, sentence \d+/ });
  await expect(marks).toHaveCount(merged);
  await expect(prose.locator('a, button, [tabindex]:not([tabindex="-1"])')).toHaveCount(merged);
  await expect(marks.last()).toHaveAccessibleName(/, for the last \d+ sentences\)$/);

  const general = modules.find((m) =>
    m.lesson.sections.some((s) => s.paragraphs.some((p) => p.some((x) => x.kind === 'general'))),
  )!;
  await page.goto(`/courses/${course.id}/${general.id}`);
  const tag = page.locator('main p').getByText('general knowledge, not from the article', { exact: true }).first();
  await expect(tag).toBeVisible();
  // Not a link, and nothing about it looks like one: no underline, no pointer, not the links' blue.
  expect(await tag.evaluate((el) => el.closest('a, button, [role=link]'))).toBeNull();
  const look = await tag.evaluate((el) => {
    const parent = el.parentElement!;
    const styles = [getComputedStyle(el), getComputedStyle(parent)];
    return {
      underline: styles.some((s) => s.textDecorationLine.includes('underline')),
      cursor: getComputedStyle(el).cursor,
      color: getComputedStyle(el).color,
    };
  });
  expect(look.underline).toBe(false);
  expect(look.cursor).not.toBe('pointer');
  expect(look.color).not.toBe(
    await page
      .locator('main p a')
      .first()
      .evaluate((a) => getComputedStyle(a).color),
  );
  // Said to a screen reader, and explained once on the page.
  await expect(tag).toContainText('not from the article');
  await expect(page.getByText(/are background that the article does not state/)).toHaveCount(1);
});
