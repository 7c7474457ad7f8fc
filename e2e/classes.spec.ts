import { expect, test } from '@playwright/test';
import { signedInAs } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';

const CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}$/;

test('[teacher] creates a class and a student joins with the code', async ({ page, browser, baseURL }) => {
  await signedInAs(page.request, 'teacher');
  const className = `History ${Date.now().toString(36)}`;
  await page.goto('/teach');
  await expectNoAxeViolations(page, '/teach with no classes');
  await page.getByLabel('Class name').fill(className);
  await page.getByRole('button', { name: 'Create class' }).click();
  await page.waitForURL(/\/teach\/classes\/[^/]+$/);
  const classUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible();
  const joinPanel = page.getByRole('region', { name: 'Join code' });
  const code = (await joinPanel.getByText(CODE).innerText()).trim();
  await expect(joinPanel.getByRole('link', { name: `/join/${code}` })).toBeVisible();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await joinPanel.getByRole('button', { name: 'Copy join code' }).click();
  await expect(joinPanel.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(page.getByText('No students yet')).toBeVisible();
  await expectNoAxeViolations(page, 'class page, empty');

  // The student: a guest at the join link is asked to sign up first, then joins by typing the code.
  const studentContext = await browser.newContext({ baseURL });
  const student = await studentContext.newPage();
  await student.goto(`/join/${code}`);
  await expect(student.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
    'href',
    `/sign-up?callbackUrl=${encodeURIComponent(`/join/${code}`)}`,
  );
  await expect(student.getByRole('link', { name: 'Sign in' }).last()).toHaveAttribute(
    'href',
    `/sign-in?callbackUrl=${encodeURIComponent(`/join/${code}`)}`,
  );
  await expect(student.getByText(className)).toHaveCount(0);
  await expectNoAxeViolations(student, '/join/<code> as a guest');
  const studentUser = await signedInAs(student.request);
  await student.goto(`/join/${code}`);
  await expect(student.getByText(className)).toBeVisible();
  await expect(student.getByRole('button', { name: 'Join class' })).toBeVisible();
  await expectNoAxeViolations(student, '/join/<code> signed in');

  await student.goto('/join');
  const typed = ` ${code.toLowerCase().replace('-', ' ')} `;
  await student.getByLabel('Class code').fill(typed);
  await student.getByRole('button', { name: 'Join class' }).click();
  await student.waitForURL(/\/classes$/);
  await expect(student.getByRole('heading', { level: 2, name: className })).toBeVisible();
  await expect(student.getByText(/^Teacher: Test teacher/)).toBeVisible();
  await expectNoAxeViolations(student, '/classes');

  // The teacher sees the student on the roster, then removes them after confirming.
  await page.goto(classUrl);
  const roster = page.getByRole('region', { name: 'Roster' }).getByRole('table');
  const row = roster.getByRole('row', { name: new RegExp(studentUser.name) });
  await expect(row).toContainText(studentUser.email);
  await expect(page.getByRole('heading', { name: /Students \(1\)/ })).toBeVisible();
  await expectNoAxeViolations(page, 'class page with a student');
  await row.getByRole('button', { name: `Remove ${studentUser.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Remove ${studentUser.name} from ${className}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(page, 'remove dialog');
  await dialog.getByRole('button', { name: 'Remove student' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `Removed ${studentUser.name} from the class.` }),
  ).toBeVisible();
  await expect(page.getByText('No students yet')).toBeVisible();
  // The Remove button that had focus is gone with the row: focus is on the roster's heading.
  await expect(page.getByRole('heading', { name: /Students \(0\)/ })).toBeFocused();
  await student.goto('/classes');
  await expect(student.getByText('You are not in any class yet')).toBeVisible();

  // The class is on the teacher's dashboard with its code and count.
  await page.goto('/teach');
  const listed = page
    .getByRole('region', { name: 'Your classes' })
    .getByRole('listitem')
    .filter({ hasText: className });
  await expect(listed).toContainText('0 students');
  await expect(listed).toContainText(code);
  await expectNoAxeViolations(page, '/teach with a class');
  await studentContext.close();
});

test('[student] never reaches teacher pages', async ({ page, playwright, baseURL }) => {
  const teacher = await playwright.request.newContext({ baseURL });
  await signedInAs(teacher, 'teacher');
  const created = await teacher.post('/api/classes', { data: { name: 'Teacher only' } });
  expect(created.status()).toBe(201);
  const { class: klass } = (await created.json()) as { class: { id: string; joinCode: string } };
  const other = await playwright.request.newContext({ baseURL });
  const classmate = await signedInAs(other, 'student');
  expect((await other.post('/api/classes/join', { data: { code: klass.joinCode } })).status()).toBe(200);
  // The classmate's id, as the roster hands it to the page's Remove buttons.
  const classPage = await (await teacher.get(`/teach/classes/${klass.id}`)).text();
  const classmateId = classPage.match(/studentId\\?":\\?"(u_[\w-]+)/)?.[1];
  expect(classmateId).toBeDefined();

  await signedInAs(page.request, 'student');
  for (const path of ['/teach', `/teach/classes/${klass.id}`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  expect((await page.request.post('/api/classes', { data: { name: 'Mine' } })).status()).toBe(403);
  expect((await page.request.patch(`/api/classes/${klass.id}`, { data: { name: 'Mine' } })).status()).toBe(403);
  expect((await page.request.patch(`/api/classes/${klass.id}`, { data: { archived: true } })).status()).toBe(403);
  expect((await page.request.delete(`/api/classes/${klass.id}/students/${classmateId}`)).status()).toBe(403);

  // Another teacher finds nothing at all there.
  const rival = await playwright.request.newContext({ baseURL });
  await signedInAs(rival, 'teacher');
  expect((await rival.get(`/teach/classes/${klass.id}`)).status()).toBe(404);
  expect((await rival.patch(`/api/classes/${klass.id}`, { data: { name: 'Mine' } })).status()).toBe(404);
  expect((await rival.patch(`/api/classes/${klass.id}`, { data: { archived: true } })).status()).toBe(404);
  expect((await rival.delete(`/api/classes/${klass.id}/students/${classmateId}`)).status()).toBe(404);

  // Nothing changed: the owner still sees the class, open, named as before, with its student.
  const after = await (await teacher.get(`/teach/classes/${klass.id}`)).text();
  expect(after).toMatch(/<h1[^>]*>Teacher only<\/h1>/);
  expect(after).toContain(classmate.email);
  expect(after).toContain('Archive class');

  // A guest is sent to sign in, and comes back to the page afterwards.
  const guest = await playwright.request.newContext({ baseURL });
  const res = await guest.get('/teach', { maxRedirects: 0 });
  expect([303, 307]).toContain(res.status());
  expect(res.headers().location).toContain(`/sign-in?callbackUrl=${encodeURIComponent('/teach')}`);
  expect((await guest.post('/api/classes', { data: { name: 'Guest class' } })).status()).toBe(401);
  await page.context().clearCookies();
  await page.goto('/teach');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fteach$/);
  for (const context of [teacher, other, rival, guest]) await context.dispose();
});

test('[student] a plain form post joins; a refused one goes back to the join page, which says why', async ({
  page,
  playwright,
  baseURL,
}) => {
  const teacher = await playwright.request.newContext({ baseURL });
  await signedInAs(teacher, 'teacher');
  const { class: klass } = (await (await teacher.post('/api/classes', { data: { name: 'Form class' } })).json()) as {
    class: { id: string; joinCode: string };
  };
  await signedInAs(page.request);

  const wrong = await page.request.post('/api/classes/join', { form: { code: 'zzzz-zzzz' }, maxRedirects: 0 });
  expect(wrong.status()).toBe(303);
  await page.goto(wrong.headers().location!);
  const field = page.getByLabel('Class code');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${(await field.getAttribute('aria-describedby'))!.split(' ').pop()}`)).toContainText(
    'No class has the code ZZZZ-ZZZZ',
  );

  const joined = await page.request.post('/api/classes/join', {
    form: { code: klass.joinCode.toLowerCase() },
    maxRedirects: 0,
  });
  expect(joined.status()).toBe(303);
  expect(new URL(joined.headers().location!, baseURL).pathname).toBe('/classes');

  // Once archived, the class takes no one new, and the join page says so; its students keep it.
  expect((await teacher.patch(`/api/classes/${klass.id}`, { data: { archived: true } })).status()).toBe(200);
  const late = await playwright.request.newContext({ baseURL });
  await signedInAs(late);
  const refused = await late.post('/api/classes/join', { data: { code: klass.joinCode } });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: string }).error).toMatch(/archived/);
  await page.goto('/classes');
  await expect(
    page.getByRole('region', { name: 'Archived classes' }).getByRole('heading', { name: 'Form class' }),
  ).toBeVisible();
  for (const context of [teacher, late]) await context.dispose();
});
