import { expect, test, type Page } from '@playwright/test';
import { course, modules } from './content';
import { signedInAs } from './support/accounts';
import { answerAndSubmitViaApi, firstAnswerViaApi } from './support/api-answers';
import { expectNoAxeViolations } from './support/axe';

// A teacher corrects an assignment already set: a new due date shows on the assignment's page, in
// its history and in the student's work; deleting it asks first, names the attempts it affects, and
// takes it out of the gradebook and the student's list while keeping the attempts (the student's
// next save is refused with a reason). The class is the test's own, not the demo class: other specs
// (teacher-access.spec.ts) check that nothing in the demo class changes while they run, and this
// one adds, edits and deletes. The demo class's pages themselves are checked in teacher-pages.spec.ts.

const hour = 3600_000;

/** A datetime-local value `ms` from now on the browser's clock, and the instant it names. */
async function localDateTime(page: Page, ms: number) {
  return page.evaluate((offset) => {
    const d = new Date(Date.now() + offset);
    d.setSeconds(0, 0);
    const p = (n: number) => String(n).padStart(2, '0');
    const local = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    return { local, iso: d.toISOString() };
  }, ms);
}

test('[teacher] edits a due date and deletes an assignment; the student sees both @phone', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  await signedInAs(page.request, 'teacher');
  const klass = await page.request.post('/api/classes', { data: { name: `Edits ${Date.now().toString(36)}` } });
  expect(klass.status()).toBe(201);
  const { id: classId, joinCode } = ((await klass.json()) as { class: { id: string; joinCode: string } }).class;
  const mod = modules[testInfo.project.name === 'phone' ? 1 : 0]!;
  const title = `Practice: ${mod.title}`;
  const firstDue = new Date(Date.now() + 48 * hour).toISOString();
  const created = await page.request.post('/api/assignments', {
    data: {
      classId,
      courseId: course.id,
      kind: 'practice',
      moduleId: mod.id,
      opensAt: new Date(Date.now() - hour).toISOString(),
      dueAt: firstDue,
      closesAt: null,
      attemptsAllowed: 2,
      grading: 'highest',
      timeLimitMinutes: null,
      questionPool: 'practice',
    },
  });
  expect(created.status()).toBe(201);
  const { assignmentId } = (await created.json()) as { assignmentId: string };

  // A student of the class hands in one attempt and leaves a second in progress.
  const anaContext = await browser.newContext({ baseURL });
  const ana = await anaContext.newPage();
  await signedInAs(ana.request);
  expect((await ana.request.post('/api/classes/join', { data: { code: joinCode } })).status()).toBe(200);
  const start = async () => {
    const res = await ana.request.post(`/api/assignments/${assignmentId}/attempts`, { data: {} });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { attemptId: string }).attemptId;
  };
  await answerAndSubmitViaApi(ana.request, await start(), 1);
  const running = await start();

  // The edit form is reached from the assignment's page and states the rules for work already started.
  await page.goto(`/teach/assignments/${assignmentId}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('link', { name: 'Edit rules and dates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${title}` })).toBeVisible();
  const rules = page.getByRole('region', { name: 'What happens to work already started' });
  await expect(rules).toContainText('a shorter limit never cuts it short');
  await expect(rules).toContainText('delete the assignment and assign the work again');
  await expectNoAxeViolations(page, 'edit assignment form');

  // A due date before the open date is refused beside the field, and nothing is saved.
  const due = page.getByLabel('Due', { exact: true });
  await due.fill((await localDateTime(page, -3 * hour)).local);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(due).toHaveAccessibleDescription('The due date must be after the open date.');
  await expect(due).toBeFocused();
  await expectNoAxeViolations(page, 'edit assignment form with an error');

  const later = await localDateTime(page, 5 * 24 * hour);
  await due.fill(later.local);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved 1 change.');

  // The page shows the new date, and the history says what changed, from what to what.
  await page.getByRole('link', { name: 'Back to the assignment' }).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.locator(`time[datetime="${later.iso}"]`)).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  const dueChange = history.locator('li li', { hasText: 'Due:' });
  await expect(dueChange).toContainText('→');
  await expect(dueChange.locator(`time[datetime="${firstDue}"]`)).toBeVisible();
  await expect(dueChange.locator(`time[datetime="${later.iso}"]`)).toBeVisible();

  // The student's work list shows the new due date.
  await ana.goto('/work');
  const item = ana
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: ana.getByRole('heading', { name: title }) });
  await expect(item.locator(`time[datetime="${later.iso}"]`)).toBeVisible();

  // Delete asks first, naming what it affects; cancelling changes nothing.
  await page.getByRole('button', { name: 'Delete assignment' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${title}?` });
  await expect(dialog).toContainText('1 student has 2 attempts at it.');
  await expect(dialog).toContainText('kept for the record');
  await expectNoAxeViolations(page, 'delete confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete assignment' }).click();
  await dialog.getByRole('button', { name: 'Delete assignment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText('its attempts kept');
  await expect(page.getByText('Archived: deleted, kept for the record (read-only)')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit rules and dates' })).toHaveCount(0);
  await expect(history.getByRole('listitem').first()).toContainText('deleted it (archived). 1 student had 2 attempts');
  await expectNoAxeViolations(page, 'archived assignment');

  // Gone from the gradebook and from the student's list; the attempt in progress takes no more answers.
  await page.goto(`/teach/classes/${classId}/gradebook`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(title);
  await ana.goto('/work');
  await expect(ana.getByRole('main')).not.toContainText(title);
  const { questionId, body } = await firstAnswerViaApi(ana.request, running);
  const refused = await ana.request.put(`/api/attempts/${running}/answers/${questionId}`, { data: body });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: string }).error).toMatch(/Your teacher has removed this assignment/);

  // The class page still leads to it, and restoring it brings it back.
  await page.goto(`/teach/classes/${classId}`);
  await page.getByRole('region', { name: 'Assignments' }).getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Restore assignment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
  await page.goto(`/teach/classes/${classId}/gradebook`);
  await expect(page.getByRole('main')).toContainText(title);
  // Deleted again, from the confirmation.
  await page.goto(`/teach/assignments/${assignmentId}`);
  await page.getByRole('button', { name: 'Delete assignment' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete assignment' }).click();
  await expect(page.getByText('Archived: deleted, kept for the record (read-only)')).toBeVisible();
  await anaContext.close();
});
