import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { signInViaApi, signUpViaApi, signedInAs } from './support/accounts';
import { expectSecurityHeaders } from './support/security-headers';

// The sign-in lockout holds however the request is shaped: each way that used to walk around it
// (a second email field, JSON under a form content type, an extra path segment, another spelling
// of the email) is tried on a blocked account with the RIGHT password. It gets 429 with
// Retry-After, no session, and is not even checked (the right password would have signed in).
// The e2e server's cool-down is 4 s (playwright.config.ts), so each test checks right after blocking.

async function blockAccount(attacker: APIRequestContext, email: string) {
  for (let i = 0; i < 20; i++) expect((await signInViaApi(attacker, email, `guess-${i}`)).status()).toBe(401);
  expect((await signInViaApi(attacker, email, 'guess-21')).status()).toBe(429);
}

async function csrfOf(request: APIRequestContext) {
  return ((await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
}

async function expectRefusedWithoutSession(request: APIRequestContext, res: APIResponse) {
  expect(res.status()).toBe(429);
  expect(Number(res.headers()['retry-after'])).toBeGreaterThan(0);
  expect(((await res.json()) as { error: string }).error).toMatch(
    /^Too many attempts to sign in\. Try again in \d+ minutes?\.$/,
  );
  expect(
    res.headersArray().some((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('sw_session=')),
  ).toBe(false);
  expect(await (await request.get('/api/auth/session')).json()).toEqual({});
}

const fullwidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

test.describe('[attacker] a blocked account stays blocked', () => {
  test('when the email field is sent twice (next-auth reads the last)', async ({ playwright, baseURL }) => {
    const attacker = await playwright.request.newContext({ baseURL });
    const user = await signUpViaApi(attacker);
    await blockAccount(attacker, user.email);
    await expectRefusedWithoutSession(attacker, await signInWithEmailTwice(attacker, user.email, user.password));
    await attacker.dispose();
  });

  test('when the body is JSON under a form content type with an extra parameter', async ({ playwright, baseURL }) => {
    const attacker = await playwright.request.newContext({ baseURL });
    const user = await signUpViaApi(attacker);
    await blockAccount(attacker, user.email);
    await expectRefusedWithoutSession(attacker, await signInWithJsonAsForm(attacker, user.email, user.password));
    await attacker.dispose();
  });

  test('when the email is spelled another way: capitals, spaces, fullwidth (NFKC) forms', async ({
    playwright,
    baseURL,
  }) => {
    const attacker = await playwright.request.newContext({ baseURL });
    const user = await signUpViaApi(attacker);
    const spellings = [
      user.email.toUpperCase(),
      `  ${user.email} `,
      fullwidth(user.email),
      `\u3000${user.email.replace('example', 'Example')}`,
    ];
    // The 20 failures are spread over the spellings: they all count against the one account.
    for (let i = 0; i < 20; i++)
      expect((await signInViaApi(attacker, spellings[i % spellings.length]!, `guess-${i}`)).status()).toBe(401);
    for (const email of [user.email, ...spellings])
      await expectRefusedWithoutSession(attacker, await signInViaApi(attacker, email, user.password));
    await attacker.dispose();
  });

  test('and an extra path segment after callback/credentials is no sign-in address at all, blocked or not', async ({
    playwright,
    baseURL,
  }) => {
    const attacker = await playwright.request.newContext({ baseURL });
    const user = await signUpViaApi(attacker);
    const viaExtraSegment = async () =>
      attacker.post('/api/auth/callback/credentials/extra', {
        form: {
          csrfToken: await csrfOf(attacker),
          email: user.email,
          password: user.password,
          json: 'true',
          callbackUrl: '/',
        },
        headers: { 'X-Auth-Return-Redirect': '1' },
      });
    // Not even the right password signs in there, so nothing can be guessed there either.
    for (const res of [await viaExtraSegment(), (await blockAccount(attacker, user.email), await viaExtraSegment())]) {
      expect(res.status()).toBe(404);
      expect(((await res.json()) as { error: string }).error).toMatch(/no such sign-in address/);
      expect(await (await attacker.get('/api/auth/session')).json()).toEqual({});
    }
    await expectRefusedWithoutSession(attacker, await signInViaApi(attacker, user.email, user.password));
    await attacker.dispose();
  });
});

/** A sign-in with the email field twice: a decoy first, the account next-auth reads last. */
async function signInWithEmailTwice(request: APIRequestContext, email: string, password: string) {
  const form = new URLSearchParams({ csrfToken: await csrfOf(request), json: 'true', callbackUrl: '/' });
  form.append('email', 'somebody-else@example.org');
  form.append('email', email);
  form.append('password', password);
  return request.post('/api/auth/callback/credentials', {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
    data: form.toString(),
  });
}

/** A sign-in whose body is JSON, sent under a form content type with an extra parameter. */
async function signInWithJsonAsForm(request: APIRequestContext, email: string, password: string) {
  return request.post('/api/auth/callback/credentials', {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; x=application/json', 'X-Auth-Return-Redirect': '1' },
    data: JSON.stringify({ csrfToken: await csrfOf(request), email, password, json: 'true', callbackUrl: '/' }),
  });
}

test.describe('[attacker] wrong passwords count against the account however the request is shaped', () => {
  for (const [shape, send] of [
    ['with the email field sent twice', signInWithEmailTwice],
    ['as JSON under a form content type with an extra parameter', signInWithJsonAsForm],
  ] as const) {
    test(`20 sent ${shape} block it: then even the right password, sent plainly, gets 429`, async ({
      playwright,
      baseURL,
    }) => {
      const attacker = await playwright.request.newContext({ baseURL });
      const user = await signUpViaApi(attacker);
      // Each is checked, and fails: the account these shapes name is the one next-auth verifies.
      for (let i = 0; i < 20; i++) expect((await send(attacker, user.email, `guess-${i}`)).status()).toBe(401);
      await expectRefusedWithoutSession(attacker, await signInViaApi(attacker, user.email, user.password));
      await attacker.dispose();
    });
  }
});

test('[attacker] next-auth paths it does not serve answer 404 with the security headers, never 500 and never a session', async ({
  request,
}) => {
  const csrfToken = await csrfOf(request);
  const form = { csrfToken, json: 'true', callbackUrl: '/' };
  for (const [method, path] of [
    ['GET', '/api/auth/nonsense'],
    ['POST', '/api/auth/nonsense'],
    ['GET', '/api/auth/callback/credentials'],
    ['GET', '/api/auth/signin/credentials/extra'],
    ['POST', '/api/auth/signin/no-such-provider'],
    ['POST', '/api/auth/callback/no-such-provider'],
    ['GET', '/api/auth/session/extra'],
  ] as const) {
    const res =
      method === 'GET'
        ? await request.get(path, { maxRedirects: 0 })
        : await request.post(path, { form, maxRedirects: 0 });
    expect(res.status(), `${method} ${path}`).toBe(404);
    expectSecurityHeaders(res.headers(), `${method} ${path}`);
  }
  expect(await (await request.get('/api/auth/session')).json()).toEqual({});
});

test('[student] 10 wrong class codes, then even the right one gets 429 with Retry-After, and the page says so too', async ({
  playwright,
  baseURL,
}) => {
  const teacher = await playwright.request.newContext({ baseURL });
  const student = await playwright.request.newContext({ baseURL });
  await signedInAs(teacher, 'teacher');
  await signedInAs(student);
  const created = (await (await teacher.post('/api/classes', { data: { name: 'Lockout test class' } })).json()) as {
    class: { joinCode: string };
  };
  const joinCode = created.class.joinCode;
  for (const last of 'ABCDEFGHJK')
    expect((await student.post('/api/classes/join', { data: { code: `ZZZZZZZ${last}` } })).status()).toBe(404);
  const refused = await student.post('/api/classes/join', { data: { code: joinCode } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  expect(((await refused.json()) as { error: string }).error).toBe(
    'Too many wrong class codes. Try again in 15 minutes.',
  );
  expect(await (await student.get(`/join/${joinCode}`)).text()).toContain('Too many wrong class codes.');
  expect(await (await student.get('/classes')).text()).not.toContain('Lockout test class');
  await teacher.dispose();
  await student.dispose();
});

test('[student] wrong codes opened as join links count as guesses: after 10, the right code gets 429 at the API and on its link', async ({
  playwright,
  baseURL,
}) => {
  const teacher = await playwright.request.newContext({ baseURL });
  const student = await playwright.request.newContext({ baseURL });
  await signedInAs(teacher, 'teacher');
  await signedInAs(student);
  const created = (await (
    await teacher.post('/api/classes', { data: { name: 'Join link guesses class' } })
  ).json()) as {
    class: { joinCode: string };
  };
  const joinCode = created.class.joinCode;
  // The link page tells a real code from a wrong one, so each wrong code it shows is a guess.
  for (const last of 'ABCDEFGHJK') {
    const res = await student.get(`/join/ZZZZ-ZZZ${last}`);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain(`No class has the code ZZZZ-ZZZ${last}.`);
  }
  const refused = await student.post('/api/classes/join', { data: { code: joinCode } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  expect(((await refused.json()) as { error: string }).error).toBe(
    'Too many wrong class codes. Try again in 15 minutes.',
  );
  const link = await (await student.get(`/join/${joinCode}`)).text();
  expect(link).toContain('Too many wrong class codes.');
  expect(link).not.toContain('Join link guesses class');
  await teacher.dispose();
  await student.dispose();
});
