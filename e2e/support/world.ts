import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test';
import { course } from '../content';
import { signedInAs } from './accounts';
import { answerAndSubmitViaApi } from './api-answers';
import { userIdOf, type E2eDb } from './e2e-db';

// Two teachers and two students with data worth attacking: teacher A's class (with student S1 on
// its roster) and its assignment, which S1 has taken; S1's own quiz in progress; teacher B's class
// and assignment. The adversarial tests point each user at the others' ids.

export const MODULE = 'the-pact';
const hour = 3600_000;

export function assignmentBody(classId: string) {
  const now = Date.now();
  return {
    classId,
    courseId: course.id,
    kind: 'quiz',
    moduleId: MODULE,
    opensAt: new Date(now - hour).toISOString(),
    dueAt: new Date(now + 24 * hour).toISOString(),
    closesAt: null,
    attemptsAllowed: 3,
    grading: 'highest',
    timeLimitMinutes: null,
  };
}

type Account = { context: APIRequestContext; id: string; email: string; password: string; name: string };

export type World = {
  teacherA: Account;
  teacherB: Account;
  s1: Account;
  s2: Account;
  classA: { id: string; name: string; joinCode: string };
  classB: { id: string; name: string; joinCode: string };
  assignmentA: string;
  assignmentB: string;
  /** S1's submitted attempt at teacher A's assignment (with a question answered wrongly, so it can be retaken). */
  assignedAttempt: string;
  /** S1's own quiz, in progress, and one of its questions. */
  ownQuiz: string;
  ownQuestion: string;
  userIds: string[];
  dispose: () => Promise<void>;
};

type Args = { playwright: PlaywrightWorkerArgs['playwright']; baseURL: string | undefined; db: E2eDb };

async function account({ playwright, baseURL, db }: Args, role: 'student' | 'teacher'): Promise<Account> {
  const context = await playwright.request.newContext({ baseURL });
  const user = await signedInAs(context, role);
  return { context, id: await userIdOf(db, user.email), email: user.email, password: user.password, name: user.name };
}

async function createClass(teacher: Account, name: string) {
  const res = await teacher.context.post('/api/classes', { data: { name } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { class: { id: string; name: string; joinCode: string } }).class;
}

async function createAssignment(teacher: Account, classId: string): Promise<string> {
  const res = await teacher.context.post('/api/assignments', { data: assignmentBody(classId) });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { assignmentId: string }).assignmentId;
}

export async function makeWorld(args: Args): Promise<World> {
  const [teacherA, teacherB, s1, s2] = [
    await account(args, 'teacher'),
    await account(args, 'teacher'),
    await account(args, 'student'),
    await account(args, 'student'),
  ];
  const tag = Date.now().toString(36);
  const classA = await createClass(teacherA, `Class A ${tag}`);
  const classB = await createClass(teacherB, `Class B ${tag}`);
  expect((await s1.context.post('/api/classes/join', { data: { code: classA.joinCode } })).status()).toBe(200);
  const assignmentA = await createAssignment(teacherA, classA.id);
  const assignmentB = await createAssignment(teacherB, classB.id);

  const started = await s1.context.post(`/api/assignments/${assignmentA}/attempts`, { data: {} });
  expect(started.status()).toBe(201);
  const { attemptId: assignedAttempt } = (await started.json()) as { attemptId: string };
  await answerAndSubmitViaApi(s1.context, assignedAttempt, 1);

  const own = await s1.context.post('/api/attempts', { data: { courseId: course.id, kind: 'quiz', moduleId: MODULE } });
  expect(own.status()).toBe(201);
  const { attemptId: ownQuiz } = (await own.json()) as { attemptId: string };
  const view = (await (await s1.context.get(`/api/attempts/${ownQuiz}`)).json()) as {
    attempt: { questions: { id: string }[] };
  };

  return {
    teacherA,
    teacherB,
    s1,
    s2,
    classA,
    classB,
    assignmentA,
    assignmentB,
    assignedAttempt,
    ownQuiz,
    ownQuestion: view.attempt.questions[0]!.id,
    userIds: [teacherA.id, teacherB.id, s1.id, s2.id],
    dispose: async () => {
      for (const a of [teacherA, teacherB, s1, s2]) await a.context.dispose();
    },
  };
}
