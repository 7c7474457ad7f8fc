import { expect, test } from '@playwright/test';
import { course, modules, practiceOf } from './content';
import { signedInAs } from './support/accounts';
import { answerAndSubmitViaApi } from './support/api-answers';

// A teacher corrects a question after the class has answered it: the statistics page flags it
// (everyone chose the same wrong option), the teacher accepts that option with a reason, sees who
// gains before confirming, and the student's result and the gradebook show the regrade and why.

const hour = 3600_000;
const everythingNow = { score: 'immediately', answers: 'immediately', correctAnswers: 'immediately' } as const;

test('[teacher] sees a flagged question, accepts another option, and the students and the gradebook show the regrade with its reason', async ({
  page,
  browser,
  baseURL,
}) => {
  const mod = modules[0]!;
  // The assignment draws the practice pool whole (12), so both students hold this question.
  const questions = practiceOf(mod);
  const flagged = questions.find((q) => q.type === 'single-choice')!;
  const options = flagged.options as { id: string; text: string }[];
  // The wrong option the students pick (the API helper answers a single choice wrongly with it).
  const chosen = options.find((o) => o.id !== flagged.answer)!;

  await signedInAs(page.request, 'teacher');
  const created = await page.request.post('/api/classes', { data: { name: `Regrade ${Date.now().toString(36)}` } });
  expect(created.status()).toBe(201);
  const klass = ((await created.json()) as { class: { id: string; joinCode: string } }).class;
  const now = Date.now();
  const assigned = await page.request.post('/api/assignments', {
    data: {
      classId: klass.id,
      courseId: course.id,
      kind: 'quiz',
      moduleId: mod.id,
      opensAt: new Date(now - hour).toISOString(),
      dueAt: new Date(now + 24 * hour).toISOString(),
      closesAt: null,
      attemptsAllowed: 1,
      grading: 'highest',
      timeLimitMinutes: null,
      reviewPolicy: everythingNow,
      questionPool: 'practice',
      questionCount: questions.length,
    },
  });
  expect(assigned.status()).toBe(201);
  const { assignmentId } = (await assigned.json()) as { assignmentId: string };

  const students = [];
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext({ baseURL });
    const student = await signedInAs(context.request, 'student');
    expect((await context.request.post('/api/classes/join', { data: { code: klass.joinCode } })).status()).toBe(200);
    const started = await context.request.post(`/api/assignments/${assignmentId}/attempts`, { data: {} });
    expect(started.status()).toBe(201);
    const { attemptId } = (await started.json()) as { attemptId: string };
    await answerAndSubmitViaApi(context.request, attemptId, [flagged.id]);
    students.push({ context, name: student.name, attemptId });
  }
  const total = questions.length;

  // The statistics page flags the question and offers to accept the option everyone chose.
  await page.goto(`/teach/assignments/${assignmentId}/statistics`);
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: flagged.prompt }) });
  await expect(item).toContainText('⚑');
  await expect(item).toContainText(`${chosen.text}: 2`);
  await item.getByRole('button', { name: new RegExp(`^Also accept “${escapeRegExp(chosen.text)}”`) }).click();

  // The preview names who gains before anything changes.
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (const s of students)
    await expect(dialog).toContainText(`${s.name} (attempt 1): 0 → 1, total ${total - 1} → ${total}`);
  await dialog.getByRole('button', { name: 'Regrade' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Give a reason');
  const reason = `Option “${chosen.text}” is also defensible from the article.`;
  await dialog.getByLabel(/^Reason/).fill(reason);
  await dialog.getByRole('button', { name: 'Regrade' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Regraded: 2 attempts changed.' })).toBeVisible();

  // The gradebook counts the new score; the attempt page keeps the history with its reason.
  await page.goto(`/teach/classes/${klass.id}/gradebook`);
  for (const s of students)
    await expect(page.getByRole('row', { name: new RegExp(escapeRegExp(s.name)) })).toContainText(`${total}`);
  await page.goto(`/teach/attempts/${students[0]!.attemptId}`);
  await expect(page.getByRole('region', { name: 'Regrade history' })).toContainText(`0 → 1`);
  await expect(page.getByRole('region', { name: 'Regrade history' })).toContainText(reason);

  // The student reads the new score and why, beside the question.
  const studentPage = await students[0]!.context.newPage();
  await studentPage.goto(`/attempts/${students[0]!.attemptId}`);
  await expect(studentPage.getByText(`${total} of ${total}`).first()).toBeVisible();
  await expect(studentPage.getByText(reason)).toBeVisible();
  await expect(studentPage.getByText(/Changed by your teacher on .*\(0 → 1 point\)/)).toBeVisible();
  for (const s of students) await s.context.close();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
