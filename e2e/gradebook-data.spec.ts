import { expect, test, type Page } from '@playwright/test';
import { signInViaApi } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { modules } from './content';

// The teacher's data pages with the demo class (a fresh database): the gradebook sorted both ways
// on every column and filtered through its address, its student column in view after scrolling
// sideways on a phone, and the statistics' key and spread of answers. Reads only: the demo class
// is shared with other specs.

const PAST_QUIZ = 'Quiz: What the pact provides';

async function openGradebook(page: Page): Promise<string> {
  expect((await signInViaApi(page.request, 'teacher@example.org', 'sourcewise-demo')).status()).toBe(200);
  await page.goto('/teach');
  const hrefs = await page
    .locator('main a[href^="/teach/classes/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const classHref = hrefs.find((h) => /^\/teach\/classes\/[^/]+$/.test(h))!;
  expect(classHref).toBeTruthy();
  await page.goto(`${classHref}/gradebook`);
  await expect(page.getByRole('heading', { level: 1, name: /^Gradebook: / })).toBeVisible();
  return `${classHref}/gradebook`;
}

type Shown = { name: string; percent: number | null };

/** Each row's student and the percentage shown in one column ("Average" or an assignment), top to bottom. */
async function column(page: Page, title: string): Promise<Shown[]> {
  const grid = page.getByRole('region', { name: /Gradebook: students by assignment/ });
  return grid.evaluate((region, title) => {
    const table = region.querySelector('table')!;
    const heads = [...table.tHead!.rows[0]!.cells];
    const index = heads.findIndex((h) => h.querySelector('a')?.textContent?.startsWith(title));
    if (index < 0) throw new Error(`no column ${title}`);
    return [...table.tBodies[0]!.rows].map((row) => {
      const text = row.cells[index]!.querySelector('span')?.textContent ?? '';
      return {
        name: row.cells[0]!.childNodes[0]!.textContent ?? '',
        percent: /^\d+%$/.test(text) ? Number(text.slice(0, -1)) : null,
      };
    });
  }, title);
}

function expectOrdered(values: Shown[], direction: 'ascending' | 'descending') {
  const numbers = values.map((v) => v.percent);
  const firstNull = numbers.indexOf(null);
  // Students with nothing to count come last either way.
  if (firstNull >= 0) expect(numbers.slice(firstNull).every((n) => n === null)).toBe(true);
  const counted = numbers.filter((n): n is number => n !== null);
  const sorted = [...counted].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
  expect(counted).toEqual(sorted);
  expect(new Set(counted).size, 'a column with different scores, so the order means something').toBeGreaterThan(1);
}

async function sortBy(page: Page, title: string, direction: 'ascending' | 'descending') {
  const header = page
    .getByRole('columnheader')
    .filter({ has: page.getByRole('link', { name: new RegExp(`^${title}`) }) });
  await header.getByRole('link', { name: /sort/ }).click();
  await expect(header).toHaveAttribute('aria-sort', direction);
}

test('[teacher] sorts the gradebook both ways on every column and filters missing and below a score in the address @phone', async ({
  page,
  browser,
  baseURL,
}) => {
  const gradebookUrl = await openGradebook(page);
  await expect(page.getByRole('columnheader', { name: /^Student/ })).toHaveAttribute('aria-sort', 'ascending');
  const names = (await column(page, 'Average')).map((r) => r.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  await expectNoAxeViolations(page, 'gradebook');

  // Scores: highest first on the first click, lowest first on the second.
  for (const title of [PAST_QUIZ, 'Average']) {
    await sortBy(page, title, 'descending');
    expectOrdered(await column(page, title), 'descending');
    await sortBy(page, title, 'ascending');
    expectOrdered(await column(page, title), 'ascending');
  }
  await sortBy(page, 'Student', 'ascending');
  await sortBy(page, 'Student', 'descending');
  expect((await column(page, 'Average')).map((r) => r.name)).toEqual([...names].reverse());

  // The class average of the past quiz is the mean of its column (missing work counting 0), as shown.
  await page.goto(gradebookUrl);
  const past = await column(page, PAST_QUIZ);
  const footer = page.getByRole('row', { name: /^Class average/ });
  await expect(footer).toBeVisible();

  // Missing work: only Gus missed the past quiz; the filter is in the address and survives a reload.
  await page.getByLabel('Missing work').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]missing=1/);
  await page.reload();
  await expect(page.getByLabel('Missing work')).toBeChecked();
  expect((await column(page, PAST_QUIZ)).map((r) => r.name)).toEqual(['Gus Student']);
  await expect(page.getByRole('status')).toContainText('1 of 8 students match the filters.');

  // Below 50% in the past quiz: exactly the students whose percentage there is under 50.
  await page.getByLabel('Missing work').uncheck();
  await page.getByLabel('A score below (%)').fill('50');
  await page.getByLabel('In', { exact: true }).selectOption({ label: PAST_QUIZ });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/below=50/);
  const below = past.filter((r) => r.percent !== null && r.percent < 50).map((r) => r.name);
  expect(below.length).toBeGreaterThan(0);
  expect(below.length).toBeLessThan(past.length);
  expect((await column(page, PAST_QUIZ)).map((r) => r.name)).toEqual(below);
  await expectNoAxeViolations(page, 'gradebook, filtered');

  // A value that is not a percentage is refused beside its field, and no student is hidden.
  await page.goto(`${gradebookUrl}?below=lots`);
  await expect(page.getByLabel('A score below (%)')).toHaveAccessibleDescription(/Enter a score from 0 to 100/);
  expect(await column(page, PAST_QUIZ)).toHaveLength(past.length);

  // Without JavaScript the filter form and the sort links work the same.
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await openGradebook(plain);
  await plain.getByLabel('Late work').check();
  await plain.getByRole('button', { name: 'Apply filters' }).click();
  await expect(plain).toHaveURL(/[?&]late=1/);
  expect((await column(plain, PAST_QUIZ)).map((r) => r.name)).toEqual(['Eli Student']);
  await sortBy(plain, 'Average', 'descending');
  await expect(plain).toHaveURL(/late=1/);
  await noScript.close();
});

test('[teacher] the student column stays in view when the gradebook scrolls sideways on a phone @phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openGradebook(page);
  const grid = page.getByRole('region', { name: /Gradebook: students by assignment/ });
  const canScroll = await grid.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(canScroll, 'the grid is wider than a phone').toBe(true);
  // The grid is below the filters on a phone: bring its first rows up, then scroll it sideways.
  await grid.evaluate((el) =>
    window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 120, behavior: 'instant' }),
  );
  await grid.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
  await expect.poll(() => grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
  const student = page.getByRole('rowheader', { name: /^Ana/ });
  await expect(student).toBeInViewport({ ratio: 1 });
  const box = (await student.boundingBox())!;
  const region = (await grid.boundingBox())!;
  expect(Math.abs(box.x - region.x)).toBeLessThan(2);
  // The first assignment's column has scrolled away under it.
  await expect(page.getByRole('columnheader', { name: new RegExp(`^${PAST_QUIZ}`) })).not.toBeInViewport({ ratio: 1 });
  // The email wraps between its parts ("ana@" / "example" / ".org"), never inside a word: each
  // part between two break points is drawn on one line.
  const partLines = await student.evaluate((th) =>
    [...th.querySelector('span')!.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
  );
  expect(partLines.length).toBeGreaterThan(1);
  expect(partLines.every((lines) => lines === 1)).toBe(true);
  await expect(student).toContainText('ana@example.org');
});

test('[teacher] statistics show each question by its bank number with the correct answer and the spread of answers @phone', async ({
  page,
}) => {
  await openGradebook(page);
  await page.getByRole('link', { name: `Statistics for ${PAST_QUIZ}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Statistics: ${PAST_QUIZ}` })).toBeVisible();

  // The module's first single-choice question of the assessment pool, by its place in the bank.
  const pact = modules[0]!;
  const index = pact.questions.findIndex((q) => q.pool === 'assessment' && q.type === 'single-choice');
  const question = pact.questions[index]!;
  const options = question.options as { id: string; text: string }[];
  const key = options.find((o) => o.id === question.answer)!;
  const card = page
    .getByRole('list', { name: 'Statistics per question' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `Q${index + 1} · ${pact.id}: ${question.prompt}` }) });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('definition').first()).toHaveText(key.text);
  const seen = await card.getByRole('definition').nth(1).textContent();
  const n = Number(/^(\d+) students?/.exec(seen ?? '')?.[1]);
  expect(n).toBeGreaterThan(0);
  // Every option with its count and share in text; the counts add up to the answers given.
  // The list under "Answers chosen".
  const rows = card.locator('h4:has-text("Answers chosen") + ul').getByRole('listitem');
  await expect(rows).toHaveCount(options.length);
  let total = 0;
  for (const option of options) {
    const row = rows.filter({ hasText: option.text });
    const label = (await row.locator(':scope > span').first().textContent()) ?? '';
    const count = Number(new RegExp(`${escapeRegExp(option.text)}: (\\d+)`).exec(label)?.[1]);
    expect(Number.isInteger(count)).toBe(true);
    await expect(row.locator(':scope > span').last()).toHaveText(/^\d+%$/);
    total += count;
  }
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(n);
  await expect(rows.filter({ hasText: key.text })).toContainText('(correct)');
  // The regrade actions are in the question's card.
  await expect(card.getByText('Regrade: answers and corrections')).toBeVisible();
  await expectNoAxeViolations(page, 'statistics');

  // A student's attempt names each question by the student's position and the bank's number.
  await openGradebook(page);
  await page.getByRole('link', { name: `View attempt by Ana Student, ${PAST_QUIZ}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Question 1 \(bank Q\d+ · the-pact\)$/ })).toBeVisible();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
