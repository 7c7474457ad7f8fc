import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { course } from './content';
import { signedInAs, signInViaApi } from './support/accounts';
import { firstAnswerViaApi } from './support/api-answers';
import { openE2eDb, snapshotOf, userIdOf, type E2eDb } from './support/e2e-db';
import { ROUTES, routeHandlersOnDisk, type Call, type RouteCase, type Who } from './support/route-table';
import { makeWorld, MODULE, type World } from './support/world';

// The API as an attacker meets it: no session, a student's session on teacher routes, another
// user's ids, requests forged from another site, hostile bodies, a stolen cookie after sign-out, a
// teacher demoted mid-session. Every refusal must change nothing: each test compares every row
// belonging to its users (read straight from the e2e database) before and after. The route table
// (support/route-table.ts) must list every route handler on disk. There are no server actions
// (no "use server" anywhere), so route handlers are all of the app's state changes.

let db: E2eDb;
test.beforeAll(async () => {
  db = await openE2eDb();
});
test.afterAll(async () => {
  await db.close();
});

function send(as: APIRequestContext, call: Call, headers: Record<string, string> = {}): Promise<APIResponse> {
  const body = call.form ? { form: call.form } : call.data === undefined ? {} : { data: call.data };
  return as.fetch(call.path, { method: call.method, headers, maxRedirects: 0, ...body });
}

function contextOf(w: World, who: Who): APIRequestContext {
  return w[who].context;
}

/**
 * Nothing of the world's people, classes or join codes is in what an outsider got back. A page's
 * header names whoever is signed in, so the viewer's own name and email are no leak.
 */
async function expectNothingLoaded(res: APIResponse, w: World, label: string, viewer?: Who) {
  const body = await res.text();
  const people = (['s1', 'teacherA'] as const)
    .filter((who) => who !== viewer)
    .flatMap((who) => [w[who].email, w[who].name]);
  for (const secret of [...people, w.classA.name, w.classA.joinCode]) {
    expect(body, `${label} leaks ${secret}`).not.toContain(secret);
  }
}

function entries(filter: (route: RouteCase) => boolean): [string, RouteCase][] {
  return Object.entries(ROUTES).filter(([, route]) => filter(route));
}

test('every route handler on disk is in the adversarial table, and the table names no route that is gone', () => {
  expect(routeHandlersOnDisk().sort()).toEqual(Object.keys(ROUTES).sort());
});

test('[guest] without a session every route refuses, or answers only for a new guest of its own; nothing changes', async ({
  playwright,
  baseURL,
}) => {
  const w = await makeWorld({ playwright, baseURL, db });
  const before = await snapshotOf(db, w.userIds);
  for (const [name, route] of Object.entries(ROUTES)) {
    const anonymous = await playwright.request.newContext({ baseURL });
    const res = await send(anonymous, await route.call(w, anonymous));
    expect(route.anonymous, `${name} without a session answered ${res.status()}`).toContain(res.status());
    await expectNothingLoaded(res, w, name);
    await anonymous.dispose();
  }
  expect(await snapshotOf(db, w.userIds)).toBe(before);
  await w.dispose();
});

test('[student] teacher routes and pages refuse a student, even one on the class roster', async ({
  playwright,
  baseURL,
}) => {
  const w = await makeWorld({ playwright, baseURL, db });
  const before = await snapshotOf(db, w.userIds);
  for (const [name, route] of entries((r) => r.student !== undefined)) {
    const res = await send(w.s1.context, await route.call(w, w.s1.context));
    expect(route.student, `${name} as a student answered ${res.status()}`).toContain(res.status());
    await expectNothingLoaded(res, w, name, 's1');
  }
  for (const path of [
    '/teach',
    `/teach/classes/${w.classA.id}`,
    `/teach/classes/${w.classA.id}/gradebook`,
    `/teach/assignments/${w.assignmentA}/statistics`,
    `/teach/attempts/${w.assignedAttempt}`,
  ]) {
    expect((await w.s1.context.get(path)).status(), path).toBe(404);
  }
  expect(await snapshotOf(db, w.userIds)).toBe(before);
  await w.dispose();
});

test("[student] [teacher] another user's attempt, class or assignment is not found, and the owner sees it unchanged", async ({
  playwright,
  baseURL,
}) => {
  const w = await makeWorld({ playwright, baseURL, db });
  const ownerViews = async () => [
    await (await w.s1.context.get(`/api/attempts/${w.ownQuiz}`)).text(),
    await (await w.s1.context.get(`/api/attempts/${w.assignedAttempt}`)).text(),
    await (await w.teacherA.context.get(`/api/classes/${w.classA.id}/gradebook.csv`)).text(),
    await (await w.teacherA.context.get(`/api/assignments/${w.assignmentA}/responses.csv`)).text(),
  ];
  const viewsBefore = await ownerViews();
  const before = await snapshotOf(db, w.userIds);
  for (const [name, route] of entries((r) => r.intruders !== undefined)) {
    for (const intruder of route.intruders!) {
      const as = contextOf(w, intruder.who);
      const res = await send(as, await route.call(w, as));
      expect(intruder.statuses, `${name} as ${intruder.who} answered ${res.status()}`).toContain(res.status());
      await expectNothingLoaded(res, w, `${name} as ${intruder.who}`, intruder.who);
    }
  }
  // The pages behind those ids, too.
  const pages: [Who, string][] = [
    ['teacherB', `/teach/classes/${w.classA.id}`],
    ['teacherB', `/teach/classes/${w.classA.id}/gradebook`],
    ['teacherB', `/teach/assignments/${w.assignmentA}/statistics`],
    ['teacherB', `/teach/attempts/${w.assignedAttempt}`],
    ['s2', `/attempts/${w.ownQuiz}`],
    ['teacherA', `/attempts/${w.ownQuiz}`],
  ];
  for (const [who, path] of pages) {
    const res = await contextOf(w, who).get(path);
    expect(res.status(), `${path} as ${who}`).toBe(404);
    await expectNothingLoaded(res, w, path, who);
  }
  expect(await snapshotOf(db, w.userIds)).toBe(before);
  expect(await ownerViews()).toEqual(viewsBefore);
  await w.dispose();
});

test('[student] [teacher] a state change forged from another site is refused with 403 and changes nothing', async ({
  playwright,
  baseURL,
}) => {
  const w = await makeWorld({ playwright, baseURL, db });
  const before = await snapshotOf(db, w.userIds);
  const forged: Record<string, string>[] = [
    { origin: 'https://evil.example' },
    { origin: 'null' },
    { 'sec-fetch-site': 'cross-site' },
  ];
  for (const [name, route] of entries((r) => r.changes)) {
    for (const headers of forged) {
      const as =
        route.owner === 'anyone' ? await playwright.request.newContext({ baseURL }) : contextOf(w, route.owner);
      const call = await route.call(w, as);
      const res = await send(as, call, headers);
      expect(res.status(), `${name} with ${JSON.stringify(headers)}`).toBe(403);
      expect(((await res.json()) as { error: string }).error).toMatch(/Cross-site/);
      if (name === 'POST /api/accounts') {
        const email = (call.data as { email: string }).email;
        expect(await db.all('select id from users where email = ?', [email]), 'no account made').toEqual([]);
      }
      if (route.owner === 'anyone') await as.dispose();
    }
  }
  expect(await snapshotOf(db, w.userIds)).toBe(before);
  // Still signed in: the forged sign-out did not sign S1 out.
  expect(((await (await w.s1.context.get('/api/me')).json()) as { user: { name: string } | null }).user?.name).toBe(
    w.s1.name,
  );
  await w.dispose();
});

test('[student] [teacher] hostile bodies get a quick 4xx, never a 500, and store nothing', async ({
  playwright,
  baseURL,
}) => {
  const w = await makeWorld({ playwright, baseURL, db });
  const before = await snapshotOf(db, w.userIds);
  const json = (text: string) => ({ headers: { 'content-type': 'application/json' }, data: Buffer.from(text) });
  for (const [name, route] of entries((r) => r.wrongTypes !== undefined)) {
    const as = route.owner === 'anyone' ? await playwright.request.newContext({ baseURL }) : contextOf(w, route.owner);
    const call = await route.call(w, as);
    const valid = call.data as Record<string, unknown>;
    const cases: { label: string; options: { headers?: Record<string, string>; data: unknown }; statuses: number[] }[] =
      [
        {
          label: '2 MB body',
          options: json(JSON.stringify({ ...valid, padding: 'x'.repeat(2 * 1024 * 1024) })),
          statuses: [413],
        },
        // 10,000 levels take 20 KB, over every route's size cap; 400 levels fit under all of them.
        { label: '10,000 levels deep', options: json('['.repeat(10_000) + ']'.repeat(10_000)), statuses: [400, 413] },
        {
          label: '10,000 objects deep',
          options: json('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)),
          statuses: [400, 413],
        },
        { label: '400 levels deep', options: json('['.repeat(400) + ']'.repeat(400)), statuses: [400] },
        { label: 'malformed JSON', options: json('{"name":'), statuses: [400] },
        { label: 'wrong types', options: { data: route.wrongTypes!(w) }, statuses: [400] },
        {
          label: 'unknown field',
          options: { data: { ...valid, isAdmin: true, role: 'teacher', ownerId: w.teacherA.id } },
          statuses: [400],
        },
      ];
    for (const c of cases) {
      const started = Date.now();
      const res = await as.fetch(call.path, { method: call.method, maxRedirects: 0, ...c.options });
      const label = `${name}: ${c.label}`;
      expect(c.statuses, `${label} answered ${res.status()}: ${(await res.text()).slice(0, 200)}`).toContain(
        res.status(),
      );
      expect(Date.now() - started, `${label} took too long`).toBeLessThan(3000);
      expect(((await res.json()) as { error?: string }).error, label).toBeTruthy();
    }
    if (name === 'POST /api/accounts') {
      expect(
        await db.all('select id from users where email = ?', [(valid as { email: string }).email]),
        'no account made',
      ).toEqual([]);
    }
    if (route.owner === 'anyone') await as.dispose();
  }
  expect(await snapshotOf(db, w.userIds)).toBe(before);
  await w.dispose();
});

test('[student] [teacher] a 2 MB body is refused with 413 on every state-changing route, those that read no body included', async ({
  playwright,
  baseURL,
}) => {
  const w = await makeWorld({ playwright, baseURL, db });
  const before = await snapshotOf(db, w.userIds);
  for (const [name, route] of entries((r) => r.changes)) {
    const as = route.owner === 'anyone' ? await playwright.request.newContext({ baseURL }) : contextOf(w, route.owner);
    const call = await route.call(w, as);
    const started = Date.now();
    const res = await as.fetch(call.path, {
      method: call.method,
      maxRedirects: 0,
      headers: { 'content-type': 'application/json' },
      data: Buffer.alloc(2 * 1024 * 1024, 32),
    });
    expect(res.status(), `${name} answered ${res.status()}`).toBe(413);
    expect(Date.now() - started, `${name} took too long`).toBeLessThan(3000);
    if (route.owner === 'anyone') await as.dispose();
  }
  expect(await snapshotOf(db, w.userIds)).toBe(before);
  await w.dispose();
});

test("[guest] next-auth's endpoints refuse oversized and non-form bodies", async ({ request }) => {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const started = Date.now();
  const big = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: 'a@example.org', password: 'x'.repeat(2 * 1024 * 1024) },
  });
  expect(big.status()).toBe(413);
  expect(Date.now() - started).toBeLessThan(3000);
  const asJson = await request.post('/api/auth/callback/credentials', {
    headers: { 'content-type': 'application/json' },
    data: Buffer.from('{"csrfToken":'),
  });
  expect(asJson.status()).toBe(415);
});

test('[student] [teacher] every page carries a strict CSP: a fresh nonce on every script of a per-request page, the hash of every inline script of a prerendered one; user pages are never cached', async ({
  playwright,
  baseURL,
}) => {
  const w = await makeWorld({ playwright, baseURL, db });
  const guest = await playwright.request.newContext({ baseURL });
  // The course, its lessons and the article are the same for everyone: prerendered at build time and
  // served as they are, cacheable, with no guest cookie, and their inline scripts allowed by hash.
  for (const path of ['/', `/courses/${course.id}`, `/courses/${course.id}/${MODULE}`, `/articles/${course.article}`]) {
    const policies: string[] = [];
    for (let n = 0; n < 2; n++) {
      const res = await guest.get(path);
      expect(res.status(), path).toBe(200);
      const headers = res.headers();
      expect(headers['x-nextjs-cache'], `${path} is served from the prerender`).toBe('HIT');
      expect(headers['set-cookie'], path).toBeUndefined();
      expect(headers['cache-control'] ?? '', path).not.toContain('no-store');
      const policy = headers['content-security-policy'] ?? '';
      const scriptSrc = policy.match(/script-src ([^;]*)/)?.[1]?.split(' ') ?? [];
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      expect(
        scriptSrc.filter((s) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
        path,
      ).toEqual(["'self'"]);
      expect(policy, path).toContain("object-src 'none'");
      expect(policy, path).toContain("frame-ancestors 'none'");
      const html = await res.text();
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs]) => !/\bsrc=/.test(attrs!),
      );
      expect(inline.length, path).toBeGreaterThan(0);
      for (const [, , text] of inline) {
        const hash = `'sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}'`;
        expect(scriptSrc, `${path}: an inline script without its hash in the policy`).toContain(hash);
      }
      const styleSrc = policy.match(/style-src ([^;]*)/)?.[1]?.split(' ') ?? [];
      expect(styleSrc, path).not.toContain("'unsafe-inline'");
      for (const [, text] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
        const hash = `'sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}'`;
        expect(styleSrc, `${path}: an inline style without its hash in the policy`).toContain(hash);
      }
      for (const [src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)) expect(src, path).toMatch(/src="\/_next\//);
      policies.push(policy);
    }
    expect(policies[0], `${path}: the same bytes, the same policy`).toBe(policies[1]);
  }
  const pages: { as: APIRequestContext; path: string; isPerUser: boolean }[] = [
    ...['/sign-in', '/sign-up'].map((path) => ({ as: guest, path, isPerUser: false })),
    ...['/dashboard', '/classes', '/join', `/join/${w.classB.joinCode}`, `/attempts/${w.ownQuiz}`].map((path) => ({
      as: w.s1.context,
      path,
      isPerUser: true,
    })),
    ...[
      '/teach',
      `/teach/classes/${w.classA.id}`,
      `/teach/classes/${w.classA.id}/gradebook`,
      `/teach/assignments/${w.assignmentA}/statistics`,
      `/teach/attempts/${w.assignedAttempt}`,
    ].map((path) => ({ as: w.teacherA.context, path, isPerUser: true })),
  ];
  for (const { as, path, isPerUser } of pages) {
    const nonces: string[] = [];
    for (let n = 0; n < 2; n++) {
      const res = await as.get(path);
      expect(res.status(), path).toBe(200);
      const headers = res.headers();
      const csp = new Map(
        (headers['content-security-policy'] ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([k = '', ...v]) => [k, v]),
      );
      const scriptSrc = csp.get('script-src') ?? [];
      const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, `${path}: script-src ${scriptSrc.join(' ')}`).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(scriptSrc, path).toContain("'strict-dynamic'");
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(csp.get('base-uri'), path).toEqual(["'self'"]);
      expect(csp.get('form-action')?.[0], path).toBe("'self'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(['strict-origin-when-cross-origin', 'same-origin', 'no-referrer', 'strict-origin'], path).toContain(
        headers['referrer-policy'],
      );
      expect(headers['permissions-policy'], path).toContain('camera=()');
      // The e2e server is a production build (npm start); browsers ignore HSTS over plain http.
      expect(
        Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]),
        path,
      ).toBeGreaterThanOrEqual(365 * 24 * 3600);
      if (isPerUser) {
        expect(headers['cache-control'], path).toContain('no-store');
        expect(headers['cache-control'], path).toContain('private');
      }
      // Next.js put this response's nonce on every script it wrote: the page rendered per request.
      const html = await res.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      // The stylesheet, inlined: by the nonce, or by its hash in the policy.
      for (const [tag, text] of html.matchAll(/(<style\b[^>]*>)([\s\S]*?)<\/style>/g)) {
        const hash = `'sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}'`;
        if (!tag!.includes(`nonce="${nonce}"`))
          expect(csp.get('style-src'), `${path}: ${tag} ${text!.slice(0, 160)}`).toContain(hash);
      }
      nonces.push(nonce!);
    }
    expect(nonces[0], `${path}: the nonce is fresh on each request`).not.toBe(nonces[1]);
  }

  // API answers holding someone's data are never cached either.
  const apis: [APIRequestContext, string][] = [
    [w.s1.context, '/api/me'],
    [w.s1.context, `/api/attempts/${w.ownQuiz}`],
    [w.s1.context, `/api/progress?courseId=${course.id}`],
    [w.s1.context, '/api/auth/session'],
    [w.s1.context, '/api/auth/csrf'],
    [w.teacherA.context, `/api/classes/${w.classA.id}/gradebook.csv`],
    [w.teacherA.context, `/api/assignments/${w.assignmentA}/responses.csv`],
  ];
  for (const [as, path] of apis) {
    const res = await as.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['cache-control'], path).toMatch(/private.*no-store|no-store.*private/);
    expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  const health = await guest.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({
    ok: true,
    database: process.env.E2E_DATABASE_URL?.startsWith('postgres') ? 'postgres' : 'sqlite',
  });
  expect(health.headers()['cache-control']).toBe('no-store');
  expect(health.headers()['set-cookie'], 'a health probe gets no guest identity').toBeUndefined();
  await guest.dispose();
  await w.dispose();
});

test('[student] [teacher] pages run under the CSP in a real browser: no violation, and the page comes alive', async ({
  browser,
  baseURL,
}) => {
  const violations: string[] = [];
  const visit = async (role: 'guest' | 'student' | 'teacher', paths: string[]) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
        violations.push(`${role} ${page.url()}: ${message.text()}`);
    });
    const user = role === 'guest' ? undefined : await signedInAs(page.request, role);
    for (const path of paths) {
      await page.goto(path);
      // React marks each element it hydrates: proof that the nonce let Next's scripts run.
      const hydrated = await page
        .waitForFunction(
          () => Object.keys(document.getElementById('main') ?? {}).some((key) => key.startsWith('__reactFiber$')),
          undefined,
          { timeout: 15_000 },
        )
        .then(
          () => true,
          () => false,
        );
      if (!hydrated) violations.push(`${role} ${path}: the page never came alive (React did not hydrate it)`);
      if (user) await expect(page.getByRole('button', { name: new RegExp(user.name) }), path).toBeVisible();
    }
    await context.close();
  };
  await visit('guest', [
    '/',
    `/courses/${course.id}`,
    `/courses/${course.id}/${MODULE}`,
    `/articles/${course.article}`,
    '/sign-in',
    '/sign-up',
  ]);
  await visit('student', ['/dashboard', '/classes', '/join']);
  await visit('teacher', ['/teach']);
  expect(violations).toEqual([]);
});

test('[student] after signing out, a copy of the old session cookie is refused everywhere', async ({
  playwright,
  baseURL,
}) => {
  const owner = await playwright.request.newContext({ baseURL });
  const user = await signedInAs(owner, 'teacher');
  const session = (await owner.storageState()).cookies.find((c) => c.name === 'sw_session');
  expect(session).toBeDefined();
  // The copied cookie is a working session before sign-out.
  const thief = await playwright.request.newContext({ baseURL, storageState: { cookies: [session!], origins: [] } });
  expect(((await (await thief.get('/api/me')).json()) as { user: { name: string } | null }).user?.name).toBe(user.name);
  expect((await thief.get('/teach')).status()).toBe(200);

  const { csrfToken } = (await (await owner.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signedOut = await owner.post('/api/auth/signout', {
    form: { csrfToken, callbackUrl: '/', json: 'true' },
    headers: { 'X-Auth-Return-Redirect': '1' },
  });
  expect(signedOut.status()).toBe(200);

  const classesBefore = await db.all('select id from classes where teacher_id = ?', [await userIdOf(db, user.email)]);
  expect(((await (await thief.get('/api/me')).json()) as { user: unknown }).user).toBeNull();
  expect(await (await thief.get('/api/auth/session')).json()).toEqual({});
  expect((await thief.post('/api/classes', { data: { name: 'Stolen' } })).status()).toBe(401);
  for (const path of ['/teach', '/classes']) {
    const res = await thief.get(path, { maxRedirects: 0 });
    expect([303, 307], path).toContain(res.status());
    expect(res.headers().location, path).toContain('/sign-in');
  }
  // The progress page is open to guests: the old cookie gets a guest's, with nothing of the account.
  const dashboard = await thief.get('/dashboard');
  expect(dashboard.status()).toBe(200);
  expect(await dashboard.text()).not.toContain(user.name);
  expect(await db.all('select id from classes where teacher_id = ?', [await userIdOf(db, user.email)])).toEqual(
    classesBefore,
  );

  // Signing in again gives a working session; the old cookie stays dead.
  expect((await signInViaApi(owner, user.email, user.password)).status()).toBe(200);
  expect(((await (await owner.get('/api/me')).json()) as { user: { name: string } | null }).user?.name).toBe(user.name);
  expect(((await (await thief.get('/api/me')).json()) as { user: unknown }).user).toBeNull();
  await owner.dispose();
  await thief.dispose();
});

test('[guest] a session signed out elsewhere saves nothing as the account, and the browser can still save as the guest it is again', async ({
  playwright,
  baseURL,
}) => {
  // One browser: a guest who started a quiz, holding a copy of an account's session cookie that
  // the account then signs out of on its own device.
  const owner = await playwright.request.newContext({ baseURL });
  await signedInAs(owner, 'student');
  const ownStart = await owner.post('/api/attempts', { data: { courseId: course.id, kind: 'quiz', moduleId: MODULE } });
  const { attemptId: accountQuiz } = (await ownStart.json()) as { attemptId: string };
  const session = (await owner.storageState()).cookies.find((c) => c.name === 'sw_session')!;
  const browser = await playwright.request.newContext({ baseURL });
  const guestStart = await browser.post('/api/attempts', {
    data: { courseId: course.id, kind: 'quiz', moduleId: MODULE },
  });
  expect(guestStart.status()).toBe(201);
  const { attemptId: guestQuiz } = (await guestStart.json()) as { attemptId: string };
  const accountSave = await firstAnswerViaApi(owner, accountQuiz);
  const guestSave = await firstAnswerViaApi(browser, guestQuiz);
  const { csrfToken } = (await (await owner.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await owner.post('/api/auth/signout', {
    form: { csrfToken, callbackUrl: '/', json: 'true' },
    headers: { 'X-Auth-Return-Redirect': '1' },
  });
  const guestCookies = (await browser.storageState()).cookies;
  const stale = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [...guestCookies, session], origins: [] },
  });

  const save = (id: string, { questionId, body }: { questionId: string; body: unknown }) =>
    stale.put(`/api/attempts/${id}/answers/${questionId}`, { data: body });
  const answersIn = (id: string) => db.all('select question_id from answers where attempt_id = ?', [id]);
  expect((await save(accountQuiz, accountSave)).status(), "the account's attempt").toBe(404);
  expect(await answersIn(accountQuiz)).toEqual([]);
  expect((await save(guestQuiz, guestSave)).status(), "the guest's own attempt").toBe(200);
  expect(await answersIn(guestQuiz)).toEqual([{ question_id: guestSave.questionId }]);
  for (const context of [owner, browser, stale]) await context.dispose();
});

test('[teacher] a teacher demoted in the database loses teacher access on the very next request', async ({
  playwright,
  baseURL,
}) => {
  const teacher = await playwright.request.newContext({ baseURL });
  const user = await signedInAs(teacher, 'teacher');
  const created = await teacher.post('/api/classes', { data: { name: 'Before demotion' } });
  expect(created.status()).toBe(201);
  const { class: klass } = (await created.json()) as { class: { id: string } };
  expect((await teacher.get('/teach')).status()).toBe(200);

  // As an administrator would: straight in the database, with the session cookie untouched.
  await db.run('update users set role = ? where id = ?', ['student', await userIdOf(db, user.email)]);

  expect((await teacher.get('/teach')).status()).toBe(404);
  expect((await teacher.get(`/teach/classes/${klass.id}`)).status()).toBe(404);
  expect((await teacher.post('/api/classes', { data: { name: 'After demotion' } })).status()).toBe(403);
  expect((await teacher.patch(`/api/classes/${klass.id}`, { data: { name: 'Renamed' } })).status()).toBe(403);
  expect((await teacher.get(`/api/classes/${klass.id}/gradebook.csv`)).status()).toBe(403);
  expect(((await (await teacher.get('/api/me')).json()) as { user: { role: string } }).user.role).toBe('student');
  expect(await db.all('select name from classes where id = ?', [klass.id])).toEqual([{ name: 'Before demotion' }]);
  await teacher.dispose();
});
