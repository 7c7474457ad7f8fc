// The pages only a signed-in user sees, made ready to measure: a new student (signed up through the
// API, as a visitor would) with a quiz in progress, and the demo teacher's gradebook. Sign-in goes
// through next-auth's own endpoints, as the sign-in form does (see e2e/support/accounts.ts); the
// session cookie it sets is what a browser would send, so it goes with every request of the page.
import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD, DEMO_TEACHER } from '../../../lib/demo/demo-users';

const SESSION_COOKIE = 'sw_session';

export type SignedInPage = { label: string; path: string; cookie: string };

/** The `name=value` pairs of a response's Set-Cookie headers, as one Cookie header. */
function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((line) => line.split(';', 1)[0]!.trim())
    .join('; ');
}

async function send(origin: string, path: string, init: RequestInit, expected: number): Promise<Response> {
  const res = await fetch(origin + path, { ...init, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  if (res.status !== expected)
    throw new Error(
      `${init.method ?? 'GET'} ${path}: expected ${expected}, got ${res.status}: ${(await res.text()).slice(0, 300)}`,
    );
  return res;
}

/** Signs in with email and password; returns the session cookie as a Cookie header. */
async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await send(origin, '/api/auth/csrf', {}, 200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await send(
    origin,
    '/api/auth/callback/credentials',
    {
      method: 'POST',
      headers: {
        cookie: cookiesOf(csrf),
        'content-type': 'application/x-www-form-urlencoded',
        'x-auth-return-redirect': '1',
      },
      body: new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: '/' }),
    },
    200,
  );
  const session = res.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (!session)
    throw new Error(`Signing in as ${email} set no ${SESSION_COOKIE} cookie (wrong password, or throttled?)`);
  return session.split(';', 1)[0]!;
}

const json = (cookie: string, body: unknown): RequestInit => ({
  method: 'POST',
  headers: { cookie, 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify(body),
});

/** A new student with a quiz in progress: their attempt and their dashboard. */
async function studentPages(origin: string): Promise<SignedInPage[]> {
  const id = randomBytes(6).toString('hex');
  const student = {
    name: `Bench Student ${id}`,
    email: `bench-${id}@example.org`,
    password: `bench-${id}-password`,
    role: 'student',
  };
  await send(origin, '/api/accounts', json('', student), 201);
  const cookie = await signIn(origin, student.email, student.password);
  const started = await send(
    origin,
    '/api/attempts',
    json(cookie, { courseId: 'nk-russia-pact', kind: 'quiz', moduleId: 'the-pact' }),
    201,
  );
  const { href } = (await started.json()) as { href: string };
  return [
    { label: 'quiz', path: href, cookie },
    { label: 'dashboard', path: '/dashboard', cookie },
  ];
}

/** The demo teacher's gradebook; the class id is read from the teacher's own /teach page. */
async function teacherPages(origin: string): Promise<SignedInPage[]> {
  const cookie = await signIn(origin, DEMO_TEACHER.email, DEMO_PASSWORD);
  const teach = await (await send(origin, '/teach', { headers: { cookie } }, 200)).text();
  const classId = /href="\/teach\/classes\/([^"/?#]+)"/.exec(teach)?.[1];
  if (!classId) throw new Error('The demo teacher has no class on /teach: was the benchmark database seeded?');
  return [{ label: 'gradebook', path: `/teach/classes/${classId}/gradebook`, cookie }];
}

export async function prepareSignedInPages(origin: string): Promise<SignedInPage[]> {
  return [...(await studentPages(origin)), ...(await teacherPages(origin))];
}
