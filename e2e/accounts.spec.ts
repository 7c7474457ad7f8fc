import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { course, modules } from './content';
import { answerCorrectly, pressButton } from './support/answer';
import { attemptIdOf, currentQuestion, questionOrder } from './support/attempt';
import { newCredentials, signInViaApi, signUpViaApi, signedInAs } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';

test('[guest] signs up with the form and keeps the practice done as a guest', async ({ page }) => {
  const mod = modules[0]!;
  // The lesson read is the guest's first recorded step: it makes the guest identity (a prerendered
  // lesson sets no cookie), so it is waited for, as a reader's first seconds on the page would.
  const read = page.waitForResponse((r) => r.url().endsWith('/api/progress/lessons') && r.ok());
  await page.goto(`/courses/${course.id}/${mod.id}`);
  await read;
  await pressButton(page, 'Practice');
  await page.waitForURL(/\/attempts\//);
  const attemptId = attemptIdOf(page);
  const order = await questionOrder(page);
  const { question } = await currentQuestion(page, order);
  await answerCorrectly(page, question);
  await pressButton(page, 'Check');
  await expect(
    page
      .getByText(/^\W*Correct$/)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();

  const user = newCredentials();
  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent(`/attempts/${attemptId}`)}`);
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(new RegExp(`/attempts/${attemptId}$`));
  await expect(page.getByRole('button', { name: new RegExp(`${user.name}.*account menu`) })).toBeVisible();
  // Said once, where they land: what came over from the guest session (the practice, and the
  // lesson it was started from, which counts as read).
  const moved = page.getByRole('status').filter({ hasText: 'Your progress as a guest is now in your account' });
  await expect(moved).toHaveText(/: 1 quiz or practice attempt and 1 lesson read\.$/);
  await page.reload();
  await expect(page.getByRole('button', { name: new RegExp(`${user.name}.*account menu`) })).toBeVisible();
  await expect(moved).toHaveCount(0);
  // The guest's checked answer is the account's now.
  const view = (await (await page.request.get(`/api/attempts/${attemptId}`)).json()) as {
    attempt: { answers: { questionId: string }[] };
  };
  expect(view.attempt.answers.map((a) => a.questionId)).toEqual([question.id]);
});

test('[student] signs out and signs in again with the form', async ({ page }) => {
  const user = await signedInAs(page.request);
  await page.goto('/');
  const menu = page.getByRole('button', { name: new RegExp(`${user.name}.*account menu`) });
  await menu.click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect(((await (await page.request.get('/api/me')).json()) as { user: unknown }).user).toBeNull();

  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // A student in no class lands on the course (lib/auth/landing-path.ts).
  await page.waitForURL((url) => url.pathname === `/courses/${course.id}`);
  await expect(page.getByRole('button', { name: new RegExp(`${user.name}.*account menu`) })).toBeVisible();
});

test('[student] [teacher] the header names who is signed in from the first paint, before any script runs', async ({
  browser,
  baseURL,
}) => {
  // With scripts off the page shows exactly what the server sent: a header that asked the server
  // after loading would say "Sign in" here, as it did for a moment on every page load before. (The
  // prerendered pages, the same for everyone, learn who it is from the browser: not tested here.)
  for (const [role, path] of [
    ['student', '/dashboard'],
    ['teacher', '/teach'],
  ] as const) {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const user = await signedInAs(context.request, role);
    const page = await context.newPage();
    await page.goto(path);
    const header = page.getByRole('banner');
    await expect(
      header.getByRole('button', {
        name: new RegExp(`${user.name} \\(signed in${role === 'teacher' ? ' as a teacher' : ''}\\): account menu`),
      }),
    ).toBeVisible();
    await expect(header.getByRole('link', { name: 'Sign in' })).toHaveCount(0);
    await context.close();
  }
  const guest = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await guest.newPage();
  // A prerendered page without scripts still offers the way to sign in.
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await guest.close();
});

test('[guest] sees clear form errors beside the fields, and one message for any failed sign-in', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByRole('button', { name: 'Create account' }).click();
  const email = page.getByLabel('Email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await email.getAttribute('aria-describedby')}`)).toContainText(
    'Enter an email address',
  );
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Please correct the fields marked below');
  await expectNoAxeViolations(page, 'sign-up with errors');
  // Fixing a field takes its error away at once, for sighted and screen-reader users alike; the
  // fields not yet touched keep theirs.
  const name = page.getByLabel('Name');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const emailError = page.locator(`#${await email.getAttribute('aria-describedby')}`);
  await email.fill('someone@example.org');
  await expect(email).not.toHaveAttribute('aria-invalid');
  await expect(email).not.toHaveAttribute('aria-describedby');
  await expect(emailError).toHaveCount(0);
  await expect(name).toHaveAttribute('aria-invalid', 'true');

  const existing = await signUpViaApi(page.request);
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'sign-in with errors');
  const messages: string[] = [];
  for (const email of [existing.email, 'nobody-at-all@example.org']) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('definitely wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('main').getByRole('alert')).not.toBeEmpty();
    messages.push(await page.getByRole('main').getByRole('alert').innerText());
  }
  expect(messages[0]).toBe(messages[1]);
});

test('[attacker] 20 wrong passwords in a row get 429 with Retry-After; the real user signs in after the cool-down', async ({
  playwright,
  baseURL,
}) => {
  const victim = await playwright.request.newContext({ baseURL });
  const attacker = await playwright.request.newContext({ baseURL });
  const user = await signUpViaApi(victim);
  for (let i = 0; i < 20; i++) {
    const res = await signInViaApi(attacker, user.email, `guess-${i}`);
    expect(res.status()).toBe(401);
    expect(((await res.json()) as { url: string }).url).toContain('error=CredentialsSignin');
  }
  const blocked = await signInViaApi(attacker, user.email, 'guess-21');
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
  expect(((await blocked.json()) as { error: string }).error).toMatch(/Too many attempts/);
  // Even the right password waits out the block.
  expect((await signInViaApi(victim, user.email, user.password)).status()).toBe(429);
  await new Promise((resolve) => setTimeout(resolve, (Number(blocked.headers()['retry-after']) + 1) * 1000));
  const ok = await signInViaApi(victim, user.email, user.password);
  expect(ok.status()).toBe(200);
  expect(((await (await victim.get('/api/me')).json()) as { user: { name: string } }).user.name).toBe(user.name);
  await victim.dispose();
  await attacker.dispose();
});

test('[guest] "Continue with GitHub" sends the browser to GitHub with this app and a return address', async ({
  page,
}) => {
  let authorize: URL | undefined;
  await page.route('https://github.com/**', (route) => {
    authorize = new URL(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<title>GitHub</title><h1>GitHub sign-in</h1>',
    });
  });
  await page.goto('/sign-in?callbackUrl=%2Fclasses');
  await page.getByRole('button', { name: 'Continue with GitHub' }).click();
  await expect(page.getByRole('heading', { name: 'GitHub sign-in' })).toBeVisible();
  expect(authorize?.pathname).toBe('/login/oauth/authorize');
  expect(authorize?.searchParams.get('client_id')).toBe('sourcewise-e2e-client');
  expect(authorize?.searchParams.get('redirect_uri')).toMatch(/\/api\/auth\/callback\/github$/);
  expect(authorize?.searchParams.get('state')).toBeTruthy();
});

test('[student] callbackUrl and next never leave the site', async ({ page }) => {
  const user = await signUpViaApi(page.request);
  for (const target of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Refused: the student lands where they work (the course, in no class), not on evil.example.
    await page.waitForURL((url) => url.pathname === `/courses/${course.id}`);
    expect(new URL(page.url()).host).toBe(new URL(page.url()).host);
    expect(page.url()).not.toContain('evil.example');
    const res = await page.request.get(`/auth/continue?next=${encodeURIComponent(target)}`, { maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(new URL(res.headers().location!, page.url()).pathname).toBe(`/courses/${course.id}`);
    await page.request.post('/api/auth/signout', {
      form: {
        csrfToken: ((await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken,
      },
    });
  }
});

test('[student] session cookies are http-only, SameSite=Lax and Secure', async ({ page }) => {
  const user = await signUpViaApi(page.request);
  const res = await signInViaApi(page.request, user.email, user.password);
  const cookies = res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value);
  const session = cookies.find((c) => c.startsWith('sw_session='));
  expect(session).toBeDefined();
  expect(session).toMatch(/HttpOnly/i);
  expect(session).toMatch(/SameSite=Lax/i);
  expect(session).toMatch(/Secure/i);
});

test("[student] one user never reaches another's attempts, and a guest never reaches a user's", async ({
  playwright,
  baseURL,
}) => {
  const alice = await playwright.request.newContext({ baseURL });
  const bob = await playwright.request.newContext({ baseURL });
  const guest = await playwright.request.newContext({ baseURL });
  await signedInAs(alice);
  await signedInAs(bob);
  await guest.get('/');
  const created = await alice.post('/api/attempts', {
    data: { courseId: course.id, kind: 'quiz', moduleId: modules[0]!.id },
  });
  const { attemptId } = (await created.json()) as { attemptId: string };
  const view = (await (await alice.get(`/api/attempts/${attemptId}`)).json()) as {
    attempt: { questions: { id: string }[] };
  };
  const q = view.attempt.questions[0]!.id;
  for (const other of [bob, guest]) {
    expect((await other.get(`/api/attempts/${attemptId}`)).status()).toBe(404);
    expect((await other.get(`/attempts/${attemptId}`)).status()).toBe(404);
    expect(
      (
        await other.put(`/api/attempts/${attemptId}/answers/${q}`, {
          data: { response: { type: 'true-false', value: true }, idempotencyKey: crypto.randomUUID() },
        })
      ).status(),
    ).toBe(404);
    expect((await other.post(`/api/attempts/${attemptId}/submit`)).status()).toBe(404);
    expect((await other.post(`/api/attempts/${attemptId}/retake`, { data: {} })).status()).toBe(404);
  }
  expect(
    ((await (await alice.get(`/api/attempts/${attemptId}`)).json()) as { attempt: { status: string } }).attempt.status,
  ).toBe('in_progress');

  // Progress is the caller's own: Alice's lesson read and quiz never show in Bob's or the guest's.
  expect(
    (await alice.post('/api/progress/lessons', { data: { courseId: course.id, moduleId: modules[1]!.id } })).status(),
  ).toBe(204);
  const readBy = async (ctx: typeof alice) =>
    ((await (await ctx.get(`/api/progress?courseId=${course.id}`)).json()) as { readModuleIds: string[] })
      .readModuleIds;
  expect(await readBy(alice)).toEqual([modules[1]!.id]);
  expect(await readBy(bob)).toEqual([]);
  expect(await readBy(guest)).toEqual([]);
  const dashboardOf = async (ctx: typeof alice) => (await ctx.get('/dashboard')).text();
  expect(await dashboardOf(bob)).toContain('Nothing here yet');
  expect(await dashboardOf(guest)).toContain('Nothing here yet');
  // Reviews start from the caller's own mistakes only: Bob has none.
  expect((await bob.post('/api/attempts/review', { data: { courseId: course.id } })).status()).toBe(409);
  for (const context of [alice, bob, guest]) await context.dispose();
});

test('[ops] the production server refuses to start without a strong secret', async () => {
  const env = { ...process.env, NODE_ENV: 'production', PORT: '3990' } as Record<string, string | undefined>;
  delete env.AUTH_SECRET;
  delete env.NEXTAUTH_SECRET;
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', '3990'], {
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, 30_000);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code).toBe(1);
  expect(output).toContain('Refusing to start: AUTH_SECRET or NEXTAUTH_SECRET must be set in production');
});
