import { expect, test, type APIRequestContext } from '@playwright/test';
import { course, modules } from './content';
import { signedInAs } from './support/accounts';
import { answerAndSubmitViaApi } from './support/api-answers';
import { canaryPattern } from './support/canary';
import {
  arrivalProblem,
  readableText,
  surfaceTableDrift,
  SURFACES,
  type Received,
  type Situation,
} from './support/disclosure-surfaces';
import { CANARY_DATABASE_URL, openE2eDb } from './support/e2e-db';

// The review policy, on every surface a student can reach, for every policy a teacher can set:
// 27 combinations of score / which answers were right / correct answers, each shown immediately,
// after the due date or never, before and after the due date. Each combination is one student
// with one submitted attempt at an assignment set with it (three answers wrong). The student must
// receive nothing more than the policy allows, in HTML, RSC payloads and JSON; and where it allows
// a part, the part arrives (so the markers below cannot pass by missing). Runs on the canary
// course, whose explanations and keys carry a canary naming their question.

const MODULE = modules[0]!;
const WHENS = ['immediately', 'after_due', 'never'] as const;
type When = (typeof WHENS)[number];
type Policy = { score: When; answers: When; correctAnswers: When };
const POLICIES: Policy[] = WHENS.flatMap((score) =>
  WHENS.flatMap((answers) => WHENS.map((correctAnswers) => ({ score, answers, correctAnswers }))),
);
const WRONG = 3;
/** Questions each student draws: the assignment's default count. */
const DRAWN = 12;
const SCORE_TEXT = `${DRAWN - WRONG} of ${DRAWN}`;
/** The same score in percent, as the dashboard's chart and table show it ("75%", never "175%" or "0.75%"). */
const PERCENT = new RegExp(`(?<![\\d.])${Math.round((100 * (DRAWN - WRONG)) / DRAWN)}%`);
/** The score as data: an attempt's result in JSON, or in the props an RSC payload (or the HTML's copy of it) hands the page. */
const RESULT = new RegExp(String.raw`\\?"score\\?":${DRAWN - WRONG},\\?"max\\?":${DRAWN}\b`);

type Phase = 'before the due date' | 'after the due date';

/** What the policy allows, worked out here independently of the app's own rule. */
function allowed(policy: Policy, phase: Phase) {
  const shows = (when: When) => when === 'immediately' || (when === 'after_due' && phase === 'after the due date');
  const correctAnswers = shows(policy.correctAnswers);
  const whichRight = correctAnswers || shows(policy.answers);
  return { correctAnswers, whichRight, score: whichRight || shows(policy.score) };
}

type Student = Situation & { policy: Policy; assignmentId: string; wrong: string[] };

const hour = 3600_000;
const describe = (p: Policy) => `score ${p.score}, answers ${p.answers}, correct answers ${p.correctAnswers}`;

async function setUp(request: (name: string) => Promise<APIRequestContext>): Promise<Student[]> {
  const teacher = await request('teacher');
  await signedInAs(teacher, 'teacher');
  const created = await teacher.post('/api/classes', { data: { name: `Review matrix ${Date.now().toString(36)}` } });
  expect(created.status()).toBe(201);
  const { class: cls } = (await created.json()) as { class: { id: string; joinCode: string } };
  const students: Student[] = [];
  // A few at a time: every sign-up and sign-in is an argon2 hash on a 2-core machine.
  for (let i = 0; i < POLICIES.length; i += 3) {
    students.push(
      ...(await Promise.all(
        POLICIES.slice(i, i + 3).map(async (policy, j) => {
          const student = await request(`student ${i + j}`);
          await signedInAs(student, 'student');
          expect((await student.post('/api/classes/join', { data: { code: cls.joinCode } })).status()).toBe(200);
          const now = Date.now();
          const assigned = await teacher.post('/api/assignments', {
            data: {
              classId: cls.id,
              courseId: course.id,
              kind: 'quiz',
              moduleId: MODULE.id,
              opensAt: new Date(now - hour).toISOString(),
              dueAt: new Date(now + 24 * hour).toISOString(),
              closesAt: null,
              attemptsAllowed: null,
              grading: 'highest',
              timeLimitMinutes: null,
              reviewPolicy: policy,
            },
          });
          expect(assigned.status()).toBe(201);
          const { assignmentId } = (await assigned.json()) as { assignmentId: string };
          const started = await student.post(`/api/assignments/${assignmentId}/attempts`, { data: {} });
          expect(started.status()).toBe(201);
          const { attemptId } = (await started.json()) as { attemptId: string };
          const { wrong } = await answerAndSubmitViaApi(student, attemptId, WRONG);
          return { student, attemptId, moduleId: MODULE.id, policy, assignmentId, wrong };
        }),
      )),
    );
  }
  return students;
}

const leakedCanaries = (received: Received[], questionIds: string[]) =>
  received.flatMap((r) => questionIds.filter((id) => canaryPattern(id).test(r.body)).map((id) => `${id} in ${r.what}`));
/** A verdict in JSON, or in the RSC data a page carries (quotes escaped inside HTML). */
const VERDICT = /\\?"verdict\\?"\s*:/;
const find = (received: Received[], what: string) => received.find((r) => r.what === what)!;

async function checkPhase(students: Student[], phase: Phase) {
  const problems: string[] = [];
  const moduleIds = MODULE.questions.map((q) => q.id);
  for (const s of students) {
    const may = allowed(s.policy, phase);
    const where = `${describe(s.policy)}, ${phase}`;
    const received: Received[] = [];
    for (const surface of Object.values(SURFACES)) if ('read' in surface) received.push(...(await surface.read(s)));
    const problem = (text: string) => problems.push(`${where}: ${text}`);
    // Each read arrived as itself: the status it should have, and its kind's content type.
    for (const r of received) {
      const arrival = arrivalProblem(r);
      if (arrival) problem(arrival);
    }

    // Correct answers, explanations and evidence.
    const canaries = leakedCanaries(received, moduleIds);
    if (!may.correctAnswers && canaries.length > 0)
      problem(`keys or explanations arrived: ${canaries.slice(0, 4).join('; ')}`);
    if (may.correctAnswers && leakedCanaries([find(received, 'GET the attempt')], s.wrong).length !== s.wrong.length)
      problem('the correct answers it shows did not arrive');

    // As a reader sees them: text React wrote in parts is joined. The attempt page's RSC payload
    // hands the attempt to the browser, which draws it: it is read as data.
    const dashboard = readableText(find(received, '/dashboard (HTML)').body);
    const dashboardRsc = readableText(find(received, '/dashboard (RSC)').body);
    const attemptPage = readableText(find(received, `/attempts/${s.attemptId} (HTML)`).body);
    const attemptRsc = find(received, `/attempts/${s.attemptId} (RSC)`).body;
    const shown = Object.entries({
      'the attempt page (HTML)': attemptPage,
      'the dashboard (HTML)': dashboard,
      'the dashboard (RSC)': dashboardRsc,
    });
    const dashboards = shown.filter(([what]) => what.startsWith('the dashboard'));

    // Which answers were right: verdicts, per-objective results, mistakes, mastery.
    if (!may.whichRight) {
      const verdicts = received.filter((r) => VERDICT.test(r.body)).map((r) => r.what);
      if (verdicts.length > 0) problem(`verdicts arrived in ${verdicts.join(', ')}`);
      for (const [what, body] of dashboards) {
        if (/not fully right at your latest answer/.test(body)) problem(`${what} lists mistakes`);
        if (/Score \d+%/.test(body)) problem(`${what} shows mastery from this attempt`);
      }
      if (/By learning objective/.test(attemptPage)) problem('the attempt shows per-objective results');
    } else {
      if (!VERDICT.test(find(received, 'GET the attempt').body)) problem('the verdicts it shows did not arrive');
      for (const [what, body] of dashboards)
        if (!/not fully right at your latest answer/.test(body) || !/Score \d+%/.test(body))
          problem(`${what} does not list the mistakes and mastery it shows`);
    }

    // The score, and what it is summed into.
    const attempt = (JSON.parse(find(received, 'GET the attempt').body) as { attempt: { result?: { score: number } } })
      .attempt;
    const progress = JSON.parse(find(received, 'course progress').body) as {
      modules: { moduleId: string; bestPercent: number | null }[];
    };
    const best = progress.modules.find((m) => m.moduleId === MODULE.id)?.bestPercent ?? null;
    if (!may.score) {
      if (attempt.result !== undefined) problem('the attempt carries its result');
      if (best !== null) problem(`course progress shows a best of ${best}%`);
      // Anywhere: the attempt page, the dashboard's best and last, its score history (chart and table).
      for (const r of received) {
        const text = readableText(r.body);
        if (text.includes(SCORE_TEXT)) problem(`"${SCORE_TEXT}" arrived in ${r.what}`);
        if (PERCENT.test(text)) problem(`"${PERCENT.source}" arrived in ${r.what}`);
        if (RESULT.test(r.body)) problem(`the result arrived in ${r.what}`);
      }
    } else {
      if (attempt.result?.score !== DRAWN - WRONG || best === null) problem('the score it shows did not arrive');
      for (const [what, body] of shown) if (!body.includes(SCORE_TEXT)) problem(`${what} does not show the score`);
      // The attempt page's result is drawn in the browser, from the attempt its payload carries.
      if (!RESULT.test(attemptRsc)) problem('the attempt page (RSC) does not carry the result');
      for (const [what, body] of dashboards)
        if (!PERCENT.test(body) || !body.includes('Chart of your score'))
          problem(`${what} has no score history showing the score`);
    }

    // Retakes and reviews hand out keys: offered and accepted only once the correct answers are shown.
    if (attemptPage.includes('Retake only the ones I missed') !== may.correctAnswers)
      problem('the retake offer does not follow the policy');
    const retake = await s.student.post(`/api/attempts/${s.attemptId}/retake`, { data: {} });
    if (retake.status() !== (may.correctAnswers ? 201 : 403)) problem(`a retake answered ${retake.status()}`);
    const review = await s.student.post('/api/attempts/review', { data: { courseId: course.id } });
    if (review.status() !== (may.correctAnswers ? 201 : 409))
      problem(`a review of mistakes answered ${review.status()}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
}

test('[student] every page, route handler and Server Action is listed among the surfaces the review-policy matrix reads', () => {
  expect(surfaceTableDrift()).toEqual({ unlisted: [], stale: [] });
});

test('[student] every surface shows an assigned attempt exactly as far as each of the 27 review policies allows, before and after the due date', async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const contexts: APIRequestContext[] = [];
  const request = async () => {
    const context = await playwright.request.newContext({ baseURL });
    contexts.push(context);
    return context;
  };
  try {
    const students = await setUp(request);
    await checkPhase(students, 'before the due date');
    // The due date passes: the server reads it at each request, so moving it is enough.
    const db = await openE2eDb(CANARY_DATABASE_URL);
    try {
      const ids = students.map((s) => s.assignmentId);
      await db.run(`update assignments set due_at = ? where id in (${ids.map(() => '?').join(', ')})`, [
        new Date(Date.now() - 60_000).toISOString(),
        ...ids,
      ]);
    } finally {
      await db.close();
    }
    await checkPhase(students, 'after the due date');
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
});
