import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { course, modules } from './content';
import { signedInAs, signInViaApi } from './support/accounts';

// Who may reach a teacher's class, as a matrix: the owning teacher, another teacher, a student in
// the class, a student outside it, and a guest, over every teacher page, export and action. Only
// the owner gets anything; the others are refused (403/404, a guest 401 or the sign-in page) and
// nothing changes. The lists of pages and routes are read from the app's files, so a new teacher
// page or route fails this test until it is added to the matrix.

type Ids = { classId: string; assignmentId: string; attemptId: string; studentId: string };
type Actor = 'owner' | 'otherTeacher' | 'member' | 'outsider' | 'guest';

const DEMO = { email: 'teacher@example.org', password: 'sourcewise-demo' };

function files(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(path.join(dir, entry.name), name)
      : entry.name === name
        ? [path.join(dir, entry.name).split(path.sep).join('/')]
        : [],
  );
}

const PAGES: Record<string, (ids: Ids) => string> = {
  'app/(teacher)/teach/page.tsx': () => '/teach',
  'app/(teacher)/teach/classes/[classId]/page.tsx': (ids) => `/teach/classes/${ids.classId}`,
  'app/(teacher)/teach/classes/[classId]/gradebook/page.tsx': (ids) => `/teach/classes/${ids.classId}/gradebook`,
  'app/(teacher)/teach/assignments/[assignmentId]/page.tsx': (ids) => `/teach/assignments/${ids.assignmentId}`,
  'app/(teacher)/teach/assignments/[assignmentId]/statistics/page.tsx': (ids) =>
    `/teach/assignments/${ids.assignmentId}/statistics`,
  'app/(teacher)/teach/assignments/[assignmentId]/edit/page.tsx': (ids) =>
    `/teach/assignments/${ids.assignmentId}/edit`,
  'app/(teacher)/teach/attempts/[attemptId]/page.tsx': (ids) => `/teach/attempts/${ids.attemptId}`,
};

type Call = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; data?: unknown };
const hour = 3600_000;

// Every teacher route, each method with a request the owner would make. Routes students use
// (joining, starting assigned work) are covered by their own tests and listed as such.
const ROUTES: Record<string, ((ids: Ids) => Call[]) | 'not a teacher route'> = {
  'app/api/classes/route.ts': () => [{ method: 'POST', url: '/api/classes', data: { name: 'Intruder class' } }],
  'app/api/classes/[classId]/route.ts': (ids) => [
    { method: 'PATCH', url: `/api/classes/${ids.classId}`, data: { name: 'Renamed by an intruder' } },
    { method: 'PATCH', url: `/api/classes/${ids.classId}`, data: { archived: true } },
  ],
  'app/api/classes/[classId]/students/[studentId]/route.ts': (ids) => [
    { method: 'DELETE', url: `/api/classes/${ids.classId}/students/${ids.studentId}` },
  ],
  'app/api/classes/[classId]/gradebook.csv/route.ts': (ids) => [
    { method: 'GET', url: `/api/classes/${ids.classId}/gradebook.csv` },
  ],
  'app/api/assignments/route.ts': (ids) => [
    {
      method: 'POST',
      url: '/api/assignments',
      data: {
        classId: ids.classId,
        courseId: course.id,
        kind: 'quiz',
        moduleId: modules[0]!.id,
        opensAt: new Date(Date.now() - hour).toISOString(),
        dueAt: new Date(Date.now() + hour).toISOString(),
        closesAt: null,
        attemptsAllowed: 1,
        grading: 'highest',
        timeLimitMinutes: null,
      },
    },
  ],
  'app/api/assignments/[assignmentId]/responses.csv/route.ts': (ids) => [
    { method: 'GET', url: `/api/assignments/${ids.assignmentId}/responses.csv` },
  ],
  'app/api/assignments/[assignmentId]/overrides/route.ts': (ids) => [
    {
      method: 'POST',
      url: `/api/assignments/${ids.assignmentId}/overrides`,
      data: { studentId: ids.studentId, score: 0, reason: 'intruder' },
    },
  ],
  'app/api/assignments/[assignmentId]/adjustments/route.ts': (ids) => [
    // Confirmed: were the route to let an outsider through, it would regrade the owner's class.
    {
      method: 'POST',
      url: `/api/assignments/${ids.assignmentId}/adjustments`,
      data: {
        questionId: modules[0]!.questions.find((q) => q.pool === 'assessment')!.id,
        kind: 'full-credit',
        reason: 'intruder',
        confirm: true,
      },
    },
  ],
  'app/api/assignments/[assignmentId]/accommodations/route.ts': (ids) => [
    {
      method: 'PUT',
      url: `/api/assignments/${ids.assignmentId}/accommodations`,
      data: { studentId: ids.studentId, extraTime: 'unlimited', dueAt: null },
    },
    { method: 'DELETE', url: `/api/assignments/${ids.assignmentId}/accommodations?studentId=${ids.studentId}` },
  ],
  'app/api/assignments/[assignmentId]/attempts/route.ts': 'not a teacher route',
  'app/api/classes/join/route.ts': 'not a teacher route',
};

/** What each outsider must get: a student 403 (no teacher role) or 404, another teacher 404, a guest 401. */
const REFUSED: Record<Exclude<Actor, 'owner'>, number[]> = {
  otherTeacher: [404],
  member: [403, 404],
  outsider: [403, 404],
  guest: [401],
};

function idsFrom(html: { teach: string; gradebook: string; klass: string }): Ids {
  const pick = (text: string, pattern: RegExp, what: string) => {
    const found = pattern.exec(text)?.[1];
    expect(found, what).toBeTruthy();
    return found!;
  };
  return {
    classId: pick(html.teach, /href="\/teach\/classes\/([\w-]+)"/, 'a class on /teach'),
    assignmentId: pick(html.klass, /href="\/teach\/assignments\/([\w-]+)"/, 'an assignment on the class page'),
    attemptId: pick(html.gradebook, /href="\/teach\/attempts\/([\w-]+)/, 'an attempt in the gradebook'),
    studentId: pick(html.klass, /studentId\\?":\\?"(u_[\w-]+)/, 'a student on the class page'),
  };
}

test('[teacher] only the owning teacher reaches a class’s pages, exports and actions; nothing changes for anyone else', async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const contexts: Record<Actor, APIRequestContext> = {
    owner: await playwright.request.newContext({ baseURL }),
    otherTeacher: await playwright.request.newContext({ baseURL }),
    member: await playwright.request.newContext({ baseURL }),
    outsider: await playwright.request.newContext({ baseURL }),
    guest: await playwright.request.newContext({ baseURL }),
  };
  expect((await signInViaApi(contexts.owner, DEMO.email, DEMO.password)).status()).toBe(200);
  expect((await signInViaApi(contexts.member, 'ana@example.org', DEMO.password)).status()).toBe(200);
  await signedInAs(contexts.otherTeacher, 'teacher');
  await signedInAs(contexts.outsider, 'student');

  // The matrix names every teacher page and route the app has.
  const pageFiles = files('app/(teacher)', 'page.tsx').sort();
  expect(pageFiles).toEqual(Object.keys(PAGES).sort());
  const routeFiles = files('app/api', 'route.ts')
    .filter((f) => /^app\/api\/(classes|assignments)\//.test(f))
    .sort();
  expect(routeFiles).toEqual(Object.keys(ROUTES).sort());

  const owner = contexts.owner;
  const teach = await (await owner.get('/teach')).text();
  const classId = /href="\/teach\/classes\/([\w-]+)"/.exec(teach)![1]!;
  const ids = idsFrom({
    teach,
    klass: await (await owner.get(`/teach/classes/${classId}`)).text(),
    gradebook: await (await owner.get(`/teach/classes/${classId}/gradebook`)).text(),
  });
  const gradebookBefore = await (await owner.get(`/api/classes/${ids.classId}/gradebook.csv`)).text();
  const classPageBefore = await (await owner.get(`/teach/classes/${ids.classId}`)).text();
  const className = /<h1[^>]*>([^<]+)<\/h1>/.exec(classPageBefore)![1]!;

  for (const [file, pathOf] of Object.entries(PAGES)) {
    const url = pathOf(ids);
    expect((await owner.get(url)).status(), `owner ${url}`).toBe(200);
    for (const actor of ['otherTeacher', 'member', 'outsider', 'guest'] as const) {
      const res = await contexts[actor].get(url, { maxRedirects: 0 });
      if (actor === 'guest') {
        expect([303, 307], `guest ${file}`).toContain(res.status());
        expect(res.headers().location, `guest ${file}`).toContain('/sign-in?callbackUrl=');
      } else if (url === '/teach' && actor === 'otherTeacher') {
        // Another teacher has a dashboard of their own, without this class in it.
        expect(res.status()).toBe(200);
        expect(await res.text()).not.toContain(className);
      } else {
        expect(res.status(), `${actor} ${url}`).toBe(404);
      }
    }
  }

  for (const [file, callsOf] of Object.entries(ROUTES)) {
    if (callsOf === 'not a teacher route') continue;
    for (const call of callsOf(ids)) {
      for (const actor of ['otherTeacher', 'member', 'outsider', 'guest'] as const) {
        const res = await contexts[actor].fetch(call.url, {
          method: call.method,
          ...(call.data === undefined ? {} : { data: call.data }),
          maxRedirects: 0,
        });
        const expected =
          call.url === '/api/classes' && call.method === 'POST' && actor === 'otherTeacher' ? [201] : REFUSED[actor];
        expect(expected, `${actor} ${call.method} ${call.url} (${file}) got ${res.status()}`).toContain(res.status());
        if (res.status() !== 201)
          expect(await res.text(), `${actor} ${call.method} ${call.url}`).not.toContain(className);
      }
    }
  }

  // Nothing changed for the owner: the same gradebook, the same class, name and roster.
  expect(await (await owner.get(`/api/classes/${ids.classId}/gradebook.csv`)).text()).toBe(gradebookBefore);
  const classPageAfter = await (await owner.get(`/teach/classes/${ids.classId}`)).text();
  expect(classPageAfter).toContain(`>${className}</h1>`);
  expect(classPageAfter).toContain(ids.studentId);
  expect(classPageAfter).toContain('Archive class');
  for (const context of Object.values(contexts)) await context.dispose();
});
