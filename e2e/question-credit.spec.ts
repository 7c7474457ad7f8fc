import { expect, test, type Page } from '@playwright/test';
import { signInViaApi } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';

// Per-question credit, as the demo teacher and then the student: open a student's attempt from the
// gradebook, give credit on a question they got wrong with a reason, see the total change at once,
// go on to the next student; then the student reads the changed grade and why on the result, the
// dashboard and the work list. The demo's past-due quiz shows everything after its due date.

const PASSWORD = 'sourcewise-demo';

function points(total: string): number {
  return Number(/^([\d.]+) of/.exec(total.trim())?.[1]);
}

async function openGradebook(page: Page) {
  await page.goto('/teach');
  const href = await page.locator('main a[href$="/gradebook"]').first().getAttribute('href');
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/gradebook/i);
}

test('[teacher] gives credit on one question with a reason, the total changes at once, and the student sees it everywhere @phone', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  // Each project credits its own student, as both run against one database.
  const [student, email, next] =
    testInfo.project.name === 'phone'
      ? ['Chloé Student', 'chloe@example.org', 'Dara Student']
      : ['Dara Student', 'dara@example.org', 'Eli Student'];
  expect((await signInViaApi(page.request, 'teacher@example.org', PASSWORD)).status()).toBe(200);
  await openGradebook(page);
  await page
    .getByRole('link', { name: new RegExp(`^View attempt by ${student}`) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(student);
  const attemptUrl = page.url();

  const total = page.locator('#attempt-total');
  const before = points(await total.innerText());
  const firstWrong = page
    .locator('section[id^="question-"]')
    .filter({ hasText: /Score for question \d+: 0 of 1/ })
    .first();
  const number = /Score for question (\d+)/.exec(await firstWrong.innerText())![1]!;
  // By its place, as the filter stops matching once it is credited.
  const wrong = page.locator(`#question-${number}`);
  await wrong.getByText(`Change credit`).click();
  // No reason: refused beside the field, nothing changes.
  await wrong.getByRole('button', { name: `Save credit for question ${number}` }).click();
  await expect(wrong.getByText(/Give a reason/)).toBeVisible();
  await expect(total).toHaveText(new RegExp(`^${before} of`));
  await expectNoAxeViolations(page, 'attempt page with the credit form and an error');

  const reason = `Accepted: the idea is right (${testInfo.project.name})`;
  await wrong.getByLabel('Credit', { exact: true }).selectOption('full');
  await wrong.getByLabel(/^Reason/).fill(reason);
  await wrong.getByRole('button', { name: `Save credit for question ${number}` }).click();
  await expect(wrong.getByRole('status')).toHaveText(`Saved: question ${number} 0 → 1 of 1; total now ${before + 1}.`);
  // The page re-rendered from the action: the total, the question's score and the log, no reload.
  await expect(total).toHaveText(new RegExp(`^${before + 1} of`));
  await expect(wrong).toContainText(`Score for question ${number}: 1 of 1`);
  await expect(wrong.getByRole('list', { name: 'Credit given' })).toContainText(`Ms. Demo Teacher set 1 of 1 on`);
  await expect(wrong.getByRole('list', { name: 'Credit given' })).toContainText(reason);
  await expectNoAxeViolations(page, 'attempt page after credit');

  // On to the next student, at the same question.
  await page.getByRole('link', { name: new RegExp(`^Next student\\W+${next}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(next);
  await expect(page).toHaveURL(new RegExp(`#question-${number}$`));
  await page.getByRole('link', { name: new RegExp(`^Previous student\\W+${student}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(student);

  // The gradebook counts the new total.
  await openGradebook(page);
  await expect(page.getByRole('row', { name: new RegExp(student) })).toContainText(`${before + 1} /`);

  // The student: the result, the dashboard and the work list.
  const context = await browser.newContext({ baseURL });
  const own = await context.newPage();
  expect((await signInViaApi(own.request, email, PASSWORD)).status()).toBe(200);
  await own.goto(new URL(attemptUrl).pathname.replace('/teach/attempts/', '/attempts/'));
  await expect(own.getByText(/Grade changed by your teacher on .*: your score changed from/)).toBeVisible();
  await expect(own.getByText(new RegExp(`Changed by your teacher on .*\\(0 → 1 point\\)`))).toBeVisible();
  await expect(own.getByText(reason)).toBeVisible();
  await expectNoAxeViolations(own, 'student result with a changed grade');

  await own.goto('/dashboard');
  const changes = own.getByRole('region', { name: 'Changed by your teacher' });
  await expect(changes).toContainText(`${before} → ${before + 1}`);
  await expect(changes).toContainText(reason);
  await expectNoAxeViolations(own, 'student dashboard with a changed grade');

  await own.goto('/work');
  await expect(own.getByText(/Grade changed by your teacher/).first()).toBeVisible();
  await expect(own.getByText(reason).first()).toBeVisible();
  // The results of the work that changed, not of whichever comes first in the list.
  await own
    .getByRole('listitem')
    .filter({ hasText: reason })
    .getByRole('link', { name: /^View results/ })
    .first()
    .click();
  await expect(own.getByText(reason)).toBeVisible();
  await expectNoAxeViolations(own, 'student work list with a changed grade');
  await context.close();
});
