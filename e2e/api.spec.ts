import { expect, test, type APIRequestContext } from '@playwright/test';

// The attempt API as a hostile or careless client meets it: every bad request gets a clear 4xx with
// a message and changes nothing; another guest's attempt does not exist; never a 500.

const COURSE = 'nk-russia-pact';
const MODULE = 'the-pact';
type Attempt = {
  id: string;
  status: string;
  questions: { id: string; type: string; options?: { token: string }[] }[];
  answers: unknown[];
};

async function start(request: APIRequestContext, kind = 'quiz'): Promise<Attempt> {
  const created = await request.post('/api/attempts', { data: { courseId: COURSE, kind, moduleId: MODULE } });
  expect(created.status()).toBe(201);
  const { attemptId } = (await created.json()) as { attemptId: string };
  return ((await (await request.get(`/api/attempts/${attemptId}`)).json()) as { attempt: Attempt }).attempt;
}

function choiceQuestion(attempt: Attempt) {
  return attempt.questions.find((q) => q.type === 'single-choice')!;
}

test('[guest] a guest identity arrives with the first thing recorded (a lesson read), http-only and SameSite=Lax', async ({
  page,
}) => {
  // The home page is prerendered, the same for everyone and cacheable: it sets no cookie.
  const home = await page.goto('/');
  expect((await home!.headerValue('set-cookie')) ?? '').not.toContain('sw_guest');
  const recorded = page.waitForResponse((r) => r.url().endsWith('/api/progress/lessons'));
  await page.goto(`/courses/${COURSE}/${MODULE}`);
  const response = await recorded;
  expect(response.status()).toBe(204);
  const setCookie = (await response.headerValue('set-cookie')) ?? '';
  expect(setCookie).toMatch(/sw_guest=g_[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/);
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=Lax/i);
  expect(setCookie).toMatch(/Secure/i);
});

test("[guest] another guest's attempt is not found, and nothing about it changes", async ({ playwright, baseURL }) => {
  const alice = await playwright.request.newContext({ baseURL });
  const mallory = await playwright.request.newContext({ baseURL });
  const attempt = await start(alice);
  const q = choiceQuestion(attempt);
  const save = {
    response: { type: 'single-choice', choice: q.options![0]!.token },
    idempotencyKey: crypto.randomUUID(),
  };
  // Mallory gets a guest identity of her own first.
  await mallory.get('/');
  for (const res of [
    await mallory.get(`/api/attempts/${attempt.id}`),
    await mallory.put(`/api/attempts/${attempt.id}/answers/${q.id}`, { data: save }),
    await mallory.post(`/api/attempts/${attempt.id}/submit`),
    await mallory.post(`/api/attempts/${attempt.id}/retake`, { data: {} }),
    await mallory.get(`/attempts/${attempt.id}`),
  ]) {
    expect(res.status()).toBe(404);
  }
  const after = ((await (await alice.get(`/api/attempts/${attempt.id}`)).json()) as { attempt: Attempt }).attempt;
  expect(after.status).toBe('in_progress');
  expect(after.answers).toEqual([]);
  await alice.dispose();
  await mallory.dispose();
});

test('[guest] bad requests get a clear 4xx and store nothing', async ({ request }) => {
  const attempt = await start(request);
  const q = choiceQuestion(attempt);
  const url = `/api/attempts/${attempt.id}/answers/${q.id}`;
  const cases: {
    name: string;
    send: () => Promise<import('@playwright/test').APIResponse>;
    status: number;
    message: RegExp;
  }[] = [
    {
      name: 'malformed JSON',
      send: () =>
        request.put(url, { headers: { 'content-type': 'application/json' }, data: Buffer.from('{"response":') }),
      status: 400,
      message: /not valid JSON/,
    },
    {
      name: 'not JSON',
      send: () => request.put(url, { headers: { 'content-type': 'text/plain' }, data: 'hello' }),
      status: 415,
      message: /as JSON/,
    },
    {
      name: 'wrong types',
      send: () =>
        request.put(url, {
          data: { response: { type: 'single-choice', choice: 7 }, idempotencyKey: crypto.randomUUID() },
        }),
      status: 400,
      message: /response/,
    },
    {
      name: 'unknown field',
      send: () =>
        request.put(url, {
          data: {
            response: { type: 'single-choice', choice: 'x' },
            idempotencyKey: crypto.randomUUID(),
            isCorrect: true,
          },
        }),
      status: 400,
      message: /not valid/,
    },
    {
      name: 'missing key',
      send: () => request.put(url, { data: { response: { type: 'single-choice', choice: 'x' } } }),
      status: 400,
      message: /idempotencyKey/,
    },
    {
      name: 'oversized body',
      send: () =>
        request.put(url, {
          data: { response: { type: 'fill-blank', text: 'x'.repeat(40_000) }, idempotencyKey: crypto.randomUUID() },
        }),
      status: 413,
      message: /too large/,
    },
    {
      name: 'deeply nested body',
      send: () =>
        request.put(url, {
          headers: { 'content-type': 'application/json' },
          data: Buffer.from('['.repeat(5000) + ']'.repeat(5000)),
        }),
      status: 400,
      message: /not valid/,
    },
    {
      name: 'unknown option',
      send: () =>
        request.put(url, {
          data: { response: { type: 'single-choice', choice: 'not-an-option' }, idempotencyKey: crypto.randomUUID() },
        }),
      status: 422,
      message: /option this question does not have/,
    },
    {
      name: 'answer of another type',
      send: () =>
        request.put(url, {
          data: { response: { type: 'true-false', value: true }, idempotencyKey: crypto.randomUUID() },
        }),
      status: 422,
      message: /single-choice question/,
    },
    {
      name: 'unknown question',
      send: () =>
        request.put(`/api/attempts/${attempt.id}/answers/no-such-question`, {
          data: { response: { type: 'true-false', value: true }, idempotencyKey: crypto.randomUUID() },
        }),
      status: 404,
      message: /not part of this attempt/,
    },
    {
      name: 'unknown attempt',
      send: () => request.get('/api/attempts/a_doesnotexist'),
      status: 404,
      message: /No such attempt/,
    },
    {
      name: 'unknown course',
      send: () => request.post('/api/attempts', { data: { courseId: 'nope', kind: 'quiz', moduleId: MODULE } }),
      status: 404,
      message: /no course/,
    },
    {
      name: 'unknown module',
      send: () => request.post('/api/attempts', { data: { courseId: COURSE, kind: 'quiz', moduleId: 'nope' } }),
      status: 404,
      message: /no module/,
    },
    {
      name: 'cross-site origin',
      send: () =>
        request.put(url, {
          headers: { origin: 'https://evil.example' },
          data: {
            response: { type: 'single-choice', choice: q.options![0]!.token },
            idempotencyKey: crypto.randomUUID(),
          },
        }),
      status: 403,
      message: /Cross-site/,
    },
    {
      name: 'null origin',
      send: () => request.post(`/api/attempts/${attempt.id}/submit`, { headers: { origin: 'null' } }),
      status: 403,
      message: /Cross-site/,
    },
  ];
  for (const c of cases) {
    const res = await c.send();
    expect(res.status(), c.name).toBe(c.status);
    expect(((await res.json()) as { error: string }).error, c.name).toMatch(c.message);
  }
  const after = ((await (await request.get(`/api/attempts/${attempt.id}`)).json()) as { attempt: Attempt }).attempt;
  expect(after.answers).toEqual([]);
  expect(after.status).toBe('in_progress');
});

test('[guest] a submitted attempt refuses answers with 409, and parallel submits score once', async ({ request }) => {
  const attempt = await start(request);
  const q = choiceQuestion(attempt);
  const url = `/api/attempts/${attempt.id}/answers/${q.id}`;
  expect(
    (
      await request.put(url, {
        data: {
          response: { type: 'single-choice', choice: q.options![0]!.token },
          idempotencyKey: crypto.randomUUID(),
        },
      })
    ).status(),
  ).toBe(200);
  const submits = await Promise.all(
    Array.from({ length: 20 }, () => request.post(`/api/attempts/${attempt.id}/submit`)),
  );
  const statuses = submits.map((s) => s.status()).sort();
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(19);
  const late = await request.put(url, {
    data: { response: { type: 'single-choice', choice: q.options![1]!.token }, idempotencyKey: crypto.randomUUID() },
  });
  expect(late.status()).toBe(409);
  expect(((await late.json()) as { error: string }).error).toMatch(/submitted/);
  const after = (
    (await (await request.get(`/api/attempts/${attempt.id}`)).json()) as {
      attempt: { answers: { revision: number }[] };
    }
  ).attempt;
  expect(after.answers.map((a) => a.revision)).toEqual([1]);
});
