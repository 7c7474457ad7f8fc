import { expect, test, type Page } from '@playwright/test';
import { newCredentials, signInViaApi, signUpViaApi } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';

// A week with a class, as teacher and student would live it on a fresh database with the demo
// class: signing in lands where each works, the assign form starts with sensible dates and says
// its rules in words, the teacher's dashboard names each thing once, and a student's "My work"
// says what is due, what opens when, and where they stand.

const DEMO_PASSWORD = 'sourcewise-demo';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('in a time zone far from the server’s', () => {
  // The server runs in UTC: the form's dates must still be read on the teacher's own clock.
  test.use({ timezoneId: 'Pacific/Auckland' });

  test('[teacher] signs in to Teaching, assigns with the defaults after reading the rules, and opens the new assignment @phone', async ({
    page,
  }) => {
    const teacher = await signUpViaApi(page.request, 'teacher');
    await signInWithForm(page, teacher.email, teacher.password);
    await page.waitForURL((url) => url.pathname === '/teach');
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'Teaching' })).toBeVisible();
    await expect(header.getByRole('link', { name: 'Progress' })).toHaveCount(0);

    const created = await page.request.post('/api/classes', { data: { name: 'Week 9' } });
    expect(created.status()).toBe(201);
    const klass = ((await created.json()) as { class: { id: string } }).class;
    await page.goto(`/teach/classes/${klass.id}`);
    const section = page.getByRole('region', { name: 'Assignments' });
    // Opens now and due a week from today at 16:00, on the browser's clock.
    const expected = await page.evaluate(() => {
      const p = (n: number) => String(n).padStart(2, '0');
      const now = new Date();
      const due = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7, 16, 0);
      return {
        opensDay: `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`,
        due: `${due.getFullYear()}-${p(due.getMonth() + 1)}-${p(due.getDate())}T16:00`,
      };
    });
    await expect(section.getByLabel('Opens')).toHaveValue(new RegExp(`^${expected.opensDay}T\\d\\d:\\d\\d$`));
    await expect(section.getByLabel('Due', { exact: true })).toHaveValue(expected.due);

    const preview = section.getByRole('region', { name: 'What students will get' });
    await expect(preview).toContainText(/Opens now, due \w+.* 16:00, late work accepted; 1 attempt;/);
    await expect(preview).toContainText('no time limit; scores shown immediately');
    // The preview follows the fields as they change.
    await section.getByLabel('Attempts allowed').selectOption('2');
    await expect(preview).toContainText('2 attempts, the highest counts');
    await section.getByLabel('Limit the time for each attempt').check();
    await section.getByRole('button', { name: '30 min' }).click();
    await expect(section.getByLabel('minutes per attempt')).toHaveValue('30');
    await expect(preview).toContainText('30 minutes each');
    await expectNoAxeViolations(page, 'assign form with its preview');

    await section.getByRole('button', { name: 'Assign' }).click();
    const confirmation = section.getByRole('status').filter({ hasText: 'Assigned' });
    await expect(confirmation).toContainText('Assigned: Quiz: ');
    // The server's reading of the same fields says the same rules.
    await expect(confirmation).toContainText(
      /Opens now, due .* 16:00, late work accepted; 2 attempts, the highest counts; 30 minutes each/,
    );
    // The form starts afresh for the next one.
    await expect(section.getByLabel('Attempts allowed')).toHaveValue('1');
    await expectNoAxeViolations(page, 'class page after assigning');
    await confirmation.getByRole('link', { name: 'Open the new assignment' }).click();
    await page.waitForURL(/\/teach\/assignments\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Quiz: ');
  });
});

test('[teacher] signs up through the form and lands on Teaching', async ({ page }) => {
  const teacher = newCredentials('teacher');
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(teacher.name);
  await page.getByLabel('Email').fill(teacher.email);
  await page.getByLabel('Password').fill(teacher.password);
  await page.getByLabel('Teacher').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname === '/teach');
  await expect(page.getByRole('heading', { level: 1, name: 'Teaching' })).toBeVisible();
});

test('[teacher] the demo class’s dashboard names each thing once, and Coming up opens the assignment @phone', async ({
  page,
}) => {
  expect((await signInViaApi(page.request, 'teacher@example.org', DEMO_PASSWORD)).status()).toBe(200);
  await page.goto('/teach');
  const attention = page.getByRole('region', { name: 'Needs attention' });
  // The quiz past due is both overdue (a student missed it, one was late) and flagged: one entry.
  const pact = attention
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Quiz: What the pact provides' }) });
  await expect(attention.getByRole('heading', { level: 3 })).toHaveCount(1);
  await expect(pact).toContainText('1 student missed it, 1 late submission.');
  await expect(pact).toContainText(/Question Q\d+ may be broken/);
  await expect(pact.getByRole('link', { name: 'Open the gradebook' })).toBeVisible();
  await expect(pact.getByRole('link', { name: 'Open the statistics' })).toBeVisible();
  await expectNoAxeViolations(page, '/teach with the demo class');

  const upcoming = page.getByRole('region', { name: 'Coming up' });
  await upcoming.getByRole('link', { name: 'Quiz: The context: tensions on the peninsula' }).click();
  await page.waitForURL(/\/teach\/assignments\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('The context');
});

test('[student] signs in to My work: what is due, what opens when, attempts, and results @phone', async ({
  page,
  browser,
  baseURL,
}) => {
  // A guest is asked to sign in first, and comes back here.
  await page.goto('/work');
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('callbackUrl') === '/work');

  await page.getByLabel('Email').fill('farah@example.org');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/work');
  await expect(page.getByRole('banner').getByRole('link', { name: 'My work' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();

  const entry = (region: string, title: string) =>
    page
      .getByRole('region', { name: region })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: title }) });
  const context = entry('To do', 'Quiz: The context: tensions on the peninsula');
  await expect(context).toContainText('Attempt 1 of 2');
  await expect(context).toContainText(new RegExp(`Due ${WEEKDAY}`));
  await expect(context.getByRole('button', { name: /^Start/ })).toBeVisible();
  const final = entry('Coming up', 'Final test: The North Korea–Russia pact');
  await expect(final).toContainText(new RegExp(`Opens ${WEEKDAY},? .*08:00`));
  await expect(final.getByRole('button')).toHaveCount(0);
  // The pact quiz is past its due date, so its policy now shows the score.
  const pact = entry('Done', 'Quiz: What the pact provides');
  await expect(pact).toContainText(/Score: [\d.]+ of \d+ \(\d+%\)/);
  await expect(pact.getByRole('link', { name: 'View results' })).toHaveAttribute('href', /^\/attempts\//);
  await expectNoAxeViolations(page, 'My work');

  // Ana has used both attempts at the context quiz: done, with her results.
  const anaContext = await browser.newContext({ baseURL });
  const ana = await anaContext.newPage();
  await signInWithForm(ana, 'ana@example.org', DEMO_PASSWORD);
  await ana.waitForURL((url) => url.pathname === '/work');
  const done = ana
    .getByRole('region', { name: 'Done' })
    .getByRole('listitem')
    .filter({ has: ana.getByRole('heading', { name: 'Quiz: The context: tensions on the peninsula' }) });
  await expect(done).toContainText('Attempt 2 of 2');
  await done.getByRole('link', { name: 'View results' }).click();
  await ana.waitForURL(/\/attempts\/[^/]+$/);
  await anaContext.close();
});
