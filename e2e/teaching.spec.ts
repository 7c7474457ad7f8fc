import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { signedInAs } from './support/accounts';
import { answerAndSubmitViaApi } from './support/api-answers';
import { course, modules } from './content';
import { expectNoAxeViolations } from './support/axe';

const hour = 3600_000;

async function createClassViaApi(request: APIRequestContext) {
  const res = await request.post('/api/classes', { data: { name: `Teaching ${Date.now().toString(36)}` } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { class: { id: string; name: string; joinCode: string } }).class;
}

function assignment(classId: string, moduleId: string, extra: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    classId,
    courseId: course.id,
    kind: 'quiz',
    moduleId,
    opensAt: new Date(now - hour).toISOString(),
    dueAt: new Date(now + 24 * hour).toISOString(),
    closesAt: null,
    attemptsAllowed: 1,
    grading: 'highest',
    timeLimitMinutes: null,
    ...extra,
  };
}

test('[teacher] assigns a quiz and a student starts, resumes and submits it', async ({ page, browser, baseURL }) => {
  await signedInAs(page.request, 'teacher');
  const klass = await createClassViaApi(page.request);
  const studentContext = await browser.newContext({ baseURL });
  const student = await studentContext.newPage();
  await signedInAs(student.request);
  expect((await student.request.post('/api/classes/join', { data: { code: klass.joinCode } })).status()).toBe(200);

  // The teacher assigns through the form: errors sit beside the fields, then the assignment is listed.
  await page.goto(`/teach/classes/${klass.id}`);
  const section = page.getByRole('region', { name: 'Assignments' });
  await expect(section.getByText('Nothing assigned yet.')).toBeVisible();
  // The form starts with dates filled in (teacher-week.spec.ts); emptied, it is refused beside the field.
  await section.getByLabel('Opens').fill('');
  await section.getByRole('button', { name: 'Assign' }).click();
  await expect(section.getByLabel('Opens')).toHaveAccessibleDescription(/Enter the date and time the assignment opens/);
  await expect(section.getByLabel('Opens')).toBeFocused();
  const local = (offset: number) =>
    page.evaluate((ms) => {
      const d = new Date(Date.now() + ms);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    }, offset);
  await section.getByLabel('Opens').fill(await local(-hour));
  await section.getByLabel('Due', { exact: true }).fill(await local(-2 * hour));
  await section.getByRole('button', { name: 'Assign' }).click();
  await expect(section.getByLabel('Due', { exact: true })).toHaveAccessibleDescription(
    /The due date must be after the open date/,
  );
  await section.getByLabel('Due', { exact: true }).fill(await local(48 * hour));
  await section.getByLabel('What to assign').selectOption('quiz');
  await section.getByLabel(/^Module/).selectOption({ label: modules[1]!.title });
  await section.getByLabel('Attempts allowed').selectOption('unlimited');
  await section.getByLabel('Which attempt counts').selectOption('last');
  await section.getByLabel('Limit the time for each attempt').check();
  await section.getByLabel('minutes per attempt').fill('20');
  await section.getByLabel('Correct answers and evidence').selectOption('never');
  await section.getByRole('button', { name: 'Assign' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Assigned' })).toContainText(
    `Assigned: Quiz: ${modules[1]!.title}.`,
  );
  const listed = section.getByRole('listitem').filter({ hasText: `Quiz: ${modules[1]!.title}` });
  await expect(listed).toContainText('Unlimited attempts (last counts)');
  await expect(listed).toContainText('20 minutes');
  await expectNoAxeViolations(page, 'class page with an assignment');

  // The API: a teacher's JSON creates (201); bad dates, a student, and another teacher's class are refused.
  const created = await page.request.post('/api/assignments', { data: assignment(klass.id, modules[0]!.id) });
  expect(created.status()).toBe(201);
  const { assignmentId } = (await created.json()) as { assignmentId: string };
  const badDates = await page.request.post('/api/assignments', {
    data: assignment(klass.id, modules[0]!.id, { dueAt: new Date(Date.now() - 2 * hour).toISOString() }),
  });
  expect(badDates.status()).toBe(400);
  expect(((await badDates.json()) as { error: string }).error).toContain('The due date must be after the open date.');
  expect(
    (await student.request.post('/api/assignments', { data: assignment(klass.id, modules[0]!.id) })).status(),
  ).toBe(403);
  const otherContext = await browser.newContext({ baseURL });
  await signedInAs(otherContext.request, 'teacher');
  expect(
    (await otherContext.request.post('/api/assignments', { data: assignment(klass.id, modules[0]!.id) })).status(),
  ).toBe(404);
  await otherContext.close();

  // The student starts (201), resumes the same attempt, submits it, and cannot start a second.
  const start = () => student.request.post(`/api/assignments/${assignmentId}/attempts`, { data: {} });
  const first = await start();
  expect(first.status()).toBe(201);
  const { attemptId, href } = (await first.json()) as { attemptId: string; href: string };
  expect(href).toBe(`/attempts/${attemptId}`);
  expect(((await (await start()).json()) as { attemptId: string }).attemptId).toBe(attemptId);
  await answerAndSubmitViaApi(student.request, attemptId, 1);
  const again = await start();
  expect(again.status()).toBe(409);
  expect(((await again.json()) as { error: string }).error).toBe('You have used all 1 attempt at this assignment.');

  // A plain form post is redirected to the attempt.
  const unlimited = await page.request.post('/api/assignments', {
    data: assignment(klass.id, modules[0]!.id, { attemptsAllowed: null }),
  });
  const { assignmentId: unlimitedId } = (await unlimited.json()) as { assignmentId: string };
  const formStart = await student.request.post(`/api/assignments/${unlimitedId}/attempts`, {
    form: {},
    maxRedirects: 0,
  });
  expect(formStart.status()).toBe(303);
  expect(formStart.headers().location).toMatch(/\/attempts\/[^/]+$/);
  await studentContext.close();
});

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (isQuoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') isQuoted = false;
      else field += c;
    } else if (c === '"') isQuoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

test('[teacher] assigns a quiz, a student takes it, the gradebook and statistics show it, the CSV downloads and parses', async ({
  page,
  browser,
  baseURL,
}) => {
  await signedInAs(page.request, 'teacher');
  const klass = await createClassViaApi(page.request);
  const studentContext = await browser.newContext({ baseURL });
  const studentUser = await signedInAs(studentContext.request);
  expect((await studentContext.request.post('/api/classes/join', { data: { code: klass.joinCode } })).status()).toBe(
    200,
  );
  const created = await page.request.post('/api/assignments', { data: assignment(klass.id, modules[0]!.id) });
  const { assignmentId } = (await created.json()) as { assignmentId: string };
  const title = `Quiz: ${modules[0]!.title}`;

  // The student's class card leads to the class's work on My work (listed there only), where
  // they start it with the plain form.
  const student = await studentContext.newPage();
  await student.goto('/classes');
  const card = student
    .getByRole('listitem')
    .filter({ has: student.getByRole('heading', { level: 2, name: klass.name }) });
  await expect(card).not.toContainText(title);
  await expectNoAxeViolations(student, '/classes with an assignment');
  await card.getByRole('link', { name: `Work set in this class (${klass.name})` }).click();
  await student.waitForURL((url) => url.pathname === '/work' && url.searchParams.get('class') === klass.id);
  await expect(student.getByRole('heading', { level: 1 })).toHaveText(`My work: ${klass.name}`);
  const entry = (region: string) =>
    student
      .getByRole('region', { name: region })
      .getByRole('listitem')
      .filter({ has: student.getByRole('heading', { name: title }) });
  await expect(entry('To do')).toContainText('Attempt 1 of 1');
  await expectNoAxeViolations(student, '/work for one class');
  await entry('To do')
    .getByRole('button', { name: `Start ${title}` })
    .click();
  await student.waitForURL(/\/attempts\/[^/]+$/);
  const attemptId = new URL(student.url()).pathname.split('/').pop()!;
  const { questionIds } = await answerAndSubmitViaApi(studentContext.request, attemptId, 1);
  const max = questionIds.length;
  await student.goto(`/work?class=${klass.id}`);
  await expect(entry('Done')).toContainText('Submitted');
  await expect(student.getByRole('button', { name: `Start ${title}` })).toHaveCount(0);
  // A class that is not the student's shows all their work, and says so.
  await student.goto('/work?class=not-my-class');
  await expect(
    student
      .getByRole('status')
      .filter({ hasText: 'That link is not to one of your current classes, so this is all your work.' }),
  ).toBeVisible();
  await expect(entry('Done')).toBeVisible();
  await studentContext.close();

  // The gradebook: the score, the status in words, a link to the attempt, sorting links.
  const gradebookUrl = `/teach/classes/${klass.id}/gradebook`;
  await page.goto(gradebookUrl);
  await expect(page.getByRole('heading', { level: 1, name: `Gradebook: ${klass.name}` })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(studentUser.name) });
  await expect(row).toContainText(`${max - 1} / ${max}`);
  await expect(row).toContainText('Submitted');
  await expect(page.getByRole('link', { name: new RegExp(`^${title}\\s*, sort highest first$`) })).toHaveAttribute(
    'href',
    `${gradebookUrl}?sort=${assignmentId}&dir=desc`,
  );
  await page.getByRole('link', { name: new RegExp(`^${title}\\s*, sort highest first$`) }).click();
  await expect(page.getByRole('columnheader', { name: new RegExp(title) })).toHaveAttribute('aria-sort', 'descending');
  await expectNoAxeViolations(page, 'gradebook');

  // An override needs a reason, then stands beside the grade with its history.
  await row.getByText('Change grade').click();
  await row.getByLabel(`Score out of ${max}`).fill(String(max));
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByLabel('Reason')).toHaveAccessibleDescription(
    'Give a reason for the change; it is kept in the history.',
  );
  await row.getByLabel('Reason').fill('Question 1 was ambiguous');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('list', { name: new RegExp('Grade changes') })).toContainText(
    `Score set to ${max} by Test teacher`,
  );
  await expect(row).toContainText(`${max} / ${max}`);
  await expect(row).toContainText('Question 1 was ambiguous');

  // The CSV downloads and parses, with the override's score.
  const csv = await page.request.get(`/api/classes/${klass.id}/gradebook.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const rows = parseCsv(await csv.text());
  expect(rows[0]!.slice(0, 2)).toEqual(['Student', 'Email']);
  const studentRow = rows.find((r) => r[1] === studentUser.email)!;
  expect(studentRow.slice(2, 9)).toEqual([String(max), String(max), String(max), '100', 'Submitted', 'no', 'no']);
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    `/api/classes/${klass.id}/gradebook.csv`,
  );

  // The attempt, read-only, with the answers in words and the evidence.
  await page.getByRole('link', { name: `View attempt by ${studentUser.name}, ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title}: ${studentUser.name}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Question 1 \(bank Q\d+ · / })).toBeVisible();
  await expect(page.getByText(`${studentUser.name} answered:`).first()).toBeVisible();
  const attemptUrl = page.url();
  await expectNoAxeViolations(page, 'teacher attempt page');

  // Statistics: per question and per objective, with a responses CSV.
  const statisticsUrl = `/teach/assignments/${assignmentId}/statistics`;
  await page.goto(statisticsUrl);
  await expect(page.getByRole('heading', { level: 1, name: `Statistics: ${title}` })).toBeVisible();
  await expect(page.getByText('1 of 1 students submitted.')).toBeVisible();
  // Every question of the pool the quiz draws from is listed, with its n: the student drew `max` of them.
  const pool = modules[0]!.questions.filter((q) => q.pool === 'assessment');
  const cards = page.getByRole('list', { name: 'Statistics per question' }).locator(':scope > li');
  await expect(cards).toHaveCount(pool.length);
  const ns = await cards.evaluateAll((items) => items.map((li) => li.querySelectorAll('dd')[1]?.textContent ?? ''));
  expect(ns.filter((n) => n.startsWith('1 student:'))).toHaveLength(max);
  expect(ns.filter((n) => n === '0 students')).toHaveLength(pool.length - max);
  await expect(page.getByRole('row', { name: /Class average/ })).toBeVisible();
  const responses = await page.request.get(`/api/assignments/${assignmentId}/responses.csv`);
  expect(responses.status()).toBe(200);
  expect(parseCsv(await responses.text()).length).toBeGreaterThan(1);
  await expectNoAxeViolations(page, 'statistics page');

  // Another teacher finds none of these pages.
  const other = await (await browser.newContext({ baseURL })).newPage();
  await signedInAs(other.request, 'teacher');
  for (const url of [gradebookUrl, statisticsUrl, new URL(attemptUrl).pathname]) {
    expect((await other.goto(url))?.status(), url).toBe(404);
  }
  await other.context().close();
});

test("[teacher] dates are in the teacher's own time zone in the page the server sends, from the second load on", async ({
  browser,
  baseURL,
}) => {
  // A due date at 14:00 UTC, two days ahead: 9 am in New York in winter, 10 am in summer.
  const due = new Date(
    Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 2, 14),
  );
  const newYork = /\b(09:00\sAM EST|10:00\sAM EDT)\b/;
  const newYorkBrowser = { baseURL, timezoneId: 'America/New_York', locale: 'en-US' };
  const context = await browser.newContext(newYorkBrowser);
  const page = await context.newPage();
  await signedInAs(page.request, 'teacher');
  const klass = await createClassViaApi(page.request);
  expect(
    (
      await page.request.post('/api/assignments', {
        data: assignment(klass.id, modules[0]!.id, { dueAt: due.toISOString() }),
      })
    ).status(),
  ).toBe(201);
  // A student on the roster, whose "joined" date is the same kind of date.
  const student = await browser.newContext({ baseURL });
  await signedInAs(student.request, 'student');
  expect((await student.request.post('/api/classes/join', { data: { code: klass.joinCode } })).status()).toBe(200);
  await student.close();
  const classPage = `/teach/classes/${klass.id}`;
  const dueLine = (p: Page) => p.getByRole('region', { name: 'Assignments' }).getByText(/^Due /);
  const joined = (p: Page) => p.getByRole('region', { name: /^Students/ }).locator('time');

  // The first load: the server does not know the zone yet, so the page arrives in UTC and the
  // browser shows New York time once it runs, and remembers its zone for next time.
  await page.goto(classPage);
  await expect(dueLine(page)).toContainText(newYork);
  await expect
    .poll(async () => (await context.cookies()).find((c) => c.name === 'sw_tz')?.value)
    .toBe('America/New_York|en-US');

  // The next load, with scripts off, shows exactly what the server sent: New York time, not UTC.
  const cookies = (await context.storageState()).cookies;
  const noScripts = await browser.newContext({
    ...newYorkBrowser,
    javaScriptEnabled: false,
    storageState: { cookies, origins: [] },
  });
  const served = await noScripts.newPage();
  await served.goto(classPage);
  await expect(dueLine(served)).toContainText(newYork);
  await expect(dueLine(served)).not.toContainText('UTC');
  await expect(joined(served)).toContainText(/\b(EST|EDT)\b/);
  const servedText = await dueLine(served).locator('time').textContent();
  await noScripts.close();

  // With scripts on, the text the teacher reads once the page is alive is the text that arrived:
  // nothing swaps after the page appears.
  await page.reload();
  await page.waitForFunction(() =>
    Object.keys(document.querySelector('main time') ?? {}).some((key) => key.startsWith('__reactFiber$')),
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200)))),
  );
  expect(await dueLine(page).locator('time').textContent()).toBe(servedText);
  await context.close();

  // The same teacher in a browser that has not told the server its zone (no cookie): UTC, saying so.
  const firstVisit = await browser.newContext({
    ...newYorkBrowser,
    javaScriptEnabled: false,
    storageState: { cookies: cookies.filter((c) => c.name !== 'sw_tz'), origins: [] },
  });
  const fresh = await firstVisit.newPage();
  await fresh.goto(classPage);
  await expect(dueLine(fresh)).toContainText(/\b14:00 UTC\b/);
  await firstVisit.close();
});
