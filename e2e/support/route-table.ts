import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { course } from '../content';
import { newCredentials } from './accounts';
import { assignmentBody, MODULE, type World } from './world';

// Every route handler of the app, with what each kind of caller must get from it. The adversarial
// suite reads the handlers from the filesystem and fails when one is missing here, so a new route
// cannot be forgotten. The forms' Server Actions call the same lib/ functions as these routes; they
// are public POST endpoints too, called as forged requests in lib/actions/*-access.test.ts, and
// found on disk with the pages by disclosure-surfaces.ts.

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Who = 'teacherA' | 'teacherB' | 's1' | 's2';
export type Call = { method: Method; path: string; data?: unknown; form?: Record<string, string> };

export type RouteCase = {
  /** A request that is legitimate for `owner`, against the owner's own data. */
  call: (w: World, as: APIRequestContext) => Call | Promise<Call>;
  owner: Who | 'anyone';
  /** It changes stored data when it succeeds: cross-site requests must be refused. */
  changes: boolean;
  /** Statuses for a caller with no session (the proxy hands it a fresh guest identity at most). */
  anonymous: number[];
  /** Teacher routes: what a signed-in student gets. */
  student?: number[];
  /** Another user's ids (IDOR): who tries, and what they must get. */
  intruders?: { who: Who; statuses: number[] }[];
  /** Routes that read a JSON body: a body with fields of the wrong types. */
  wrongTypes?: (w: World) => unknown;
};

const csrfOf = async (as: APIRequestContext) =>
  ((await (await as.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;

export const ROUTES: Record<string, RouteCase> = {
  'POST /api/accounts': {
    // Signing up is for anyone; it never touches an existing account.
    call: () => ({ method: 'POST', path: '/api/accounts', data: newCredentials('student') }),
    owner: 'anyone',
    changes: true,
    anonymous: [201],
    wrongTypes: () => ({ name: 5, email: true, password: 12345678, role: 'admin' }),
  },
  'POST /api/assignments/[assignmentId]/attempts': {
    call: (w) => ({ method: 'POST', path: `/api/assignments/${w.assignmentA}/attempts`, data: {} }),
    owner: 's1',
    changes: true,
    anonymous: [401],
    intruders: [{ who: 's2', statuses: [404] }],
  },
  'POST /api/assignments/[assignmentId]/overrides': {
    call: (w) => ({
      method: 'POST',
      path: `/api/assignments/${w.assignmentA}/overrides`,
      data: { studentId: w.s1.id, score: 1, reason: 'Adversarial test' },
    }),
    owner: 'teacherA',
    changes: true,
    anonymous: [401],
    student: [403],
    intruders: [{ who: 'teacherB', statuses: [404] }],
    wrongTypes: () => ({ studentId: 5, score: 'full marks', reason: 7 }),
  },
  'POST /api/assignments/[assignmentId]/adjustments': {
    // A preview (no confirm): who a regrade would raise; it changes nothing even for the owner.
    call: (w) => ({
      method: 'POST',
      path: `/api/assignments/${w.assignmentA}/adjustments`,
      data: { questionId: w.ownQuestion, kind: 'full-credit' },
    }),
    owner: 'teacherA',
    changes: true,
    anonymous: [401],
    student: [403],
    intruders: [{ who: 'teacherB', statuses: [404] }],
    wrongTypes: () => ({ questionId: 5, kind: 'everything', accepted: 'all', confirm: 'yes' }),
  },
  'PUT /api/assignments/[assignmentId]/accommodations': {
    call: (w) => ({
      method: 'PUT',
      path: `/api/assignments/${w.assignmentA}/accommodations`,
      data: { studentId: w.s1.id, extraTime: 'none', dueAt: new Date(Date.now() + 48 * 3600_000).toISOString() },
    }),
    owner: 'teacherA',
    changes: true,
    anonymous: [401],
    student: [403],
    intruders: [{ who: 'teacherB', statuses: [404] }],
    wrongTypes: () => ({ studentId: 5, extraTime: 3, dueAt: true }),
  },
  'DELETE /api/assignments/[assignmentId]/accommodations': {
    call: (w) => ({
      method: 'DELETE',
      path: `/api/assignments/${w.assignmentA}/accommodations`,
      data: { studentId: w.s1.id },
    }),
    owner: 'teacherA',
    changes: true,
    anonymous: [401],
    student: [403],
    intruders: [{ who: 'teacherB', statuses: [404] }],
    wrongTypes: () => ({ studentId: 5 }),
  },
  'GET /api/assignments/[assignmentId]/responses.csv': {
    call: (w) => ({ method: 'GET', path: `/api/assignments/${w.assignmentA}/responses.csv` }),
    owner: 'teacherA',
    changes: false,
    anonymous: [401],
    student: [403],
    intruders: [{ who: 'teacherB', statuses: [404] }],
  },
  'POST /api/assignments': {
    call: (w) => ({ method: 'POST', path: '/api/assignments', data: assignmentBody(w.classA.id) }),
    owner: 'teacherA',
    changes: true,
    anonymous: [401],
    student: [403],
    intruders: [{ who: 'teacherB', statuses: [404] }],
    wrongTypes: (w) => ({ ...assignmentBody(w.classA.id), attemptsAllowed: 'three', opensAt: 5 }),
  },
  'PUT /api/attempts/[attemptId]/answers/[questionId]': {
    call: (w) => ({
      method: 'PUT',
      path: `/api/attempts/${w.ownQuiz}/answers/${w.ownQuestion}`,
      data: { response: { type: 'true-false', value: true }, idempotencyKey: crypto.randomUUID() },
    }),
    owner: 's1',
    changes: true,
    anonymous: [404],
    intruders: [
      { who: 's2', statuses: [404] },
      { who: 'teacherA', statuses: [404] },
    ],
    wrongTypes: () => ({ response: 'yes', idempotencyKey: 5 }),
  },
  'POST /api/attempts/[attemptId]/answers/[questionId]/reveal': {
    // "Show me" is for practice in progress; on the owner's own quiz it is refused with 409.
    call: (w) => ({ method: 'POST', path: `/api/attempts/${w.ownQuiz}/answers/${w.ownQuestion}/reveal`, data: {} }),
    owner: 's1',
    changes: true,
    anonymous: [404],
    intruders: [
      { who: 's2', statuses: [404] },
      { who: 'teacherA', statuses: [404] },
    ],
  },
  'POST /api/attempts/[attemptId]/retake': {
    call: (w) => ({ method: 'POST', path: `/api/attempts/${w.assignedAttempt}/retake`, data: {} }),
    owner: 's1',
    changes: true,
    anonymous: [404],
    intruders: [{ who: 's2', statuses: [404] }],
  },
  'GET /api/attempts/[attemptId]': {
    call: (w) => ({ method: 'GET', path: `/api/attempts/${w.ownQuiz}` }),
    owner: 's1',
    changes: false,
    anonymous: [404],
    intruders: [
      { who: 's2', statuses: [404] },
      // A teacher sees a student's assigned attempt on the teaching pages, never through this API.
      { who: 'teacherA', statuses: [404] },
    ],
  },
  'POST /api/attempts/[attemptId]/submit': {
    call: (w) => ({ method: 'POST', path: `/api/attempts/${w.ownQuiz}/submit`, data: {} }),
    owner: 's1',
    changes: true,
    anonymous: [404],
    intruders: [{ who: 's2', statuses: [404] }],
  },
  'POST /api/attempts/review': {
    call: () => ({ method: 'POST', path: '/api/attempts/review', data: { courseId: course.id } }),
    owner: 's1',
    changes: true,
    // A fresh guest has answered nothing, so has nothing to review.
    anonymous: [409],
    wrongTypes: () => ({ courseId: 5 }),
  },
  'POST /api/attempts': {
    call: () => ({
      method: 'POST',
      path: '/api/attempts',
      data: { courseId: course.id, kind: 'quiz', moduleId: MODULE },
    }),
    owner: 's1',
    changes: true,
    // Anyone may learn: a caller with no session gets an attempt of its own new guest identity.
    anonymous: [201],
    wrongTypes: () => ({ courseId: 5, kind: 'exam', moduleId: [] }),
  },
  'GET /api/auth/[...nextauth]': {
    call: () => ({ method: 'GET', path: '/api/auth/session' }),
    owner: 's1',
    changes: false,
    // The empty session, {}.
    anonymous: [200],
  },
  'POST /api/auth/[...nextauth]': {
    call: async (_w, as) => ({
      method: 'POST',
      path: '/api/auth/signout',
      form: { csrfToken: await csrfOf(as), callbackUrl: '/', json: 'true' },
    }),
    owner: 's1',
    changes: true,
    // Signing out nobody: next-auth answers with where to go next, and nothing changes.
    anonymous: [200],
  },
  'GET /api/bench/noop': {
    call: () => ({ method: 'GET', path: '/api/bench/noop' }),
    owner: 'anyone',
    changes: false,
    anonymous: [404],
  },
  // Only in builds made with SOURCEWISE_BENCH_ROUTES=1 (benchmarks); it reads and stores nothing even there.
  'PUT /api/bench/noop': {
    call: () => ({ method: 'PUT', path: '/api/bench/noop' }),
    owner: 'anyone',
    changes: false,
    anonymous: [404],
  },
  'GET /api/classes/[classId]/gradebook.csv': {
    call: (w) => ({ method: 'GET', path: `/api/classes/${w.classA.id}/gradebook.csv` }),
    owner: 'teacherA',
    changes: false,
    anonymous: [401],
    student: [403],
    intruders: [{ who: 'teacherB', statuses: [404] }],
  },
  'PATCH /api/classes/[classId]': {
    call: (w) => ({ method: 'PATCH', path: `/api/classes/${w.classA.id}`, data: { name: 'Renamed by someone else' } }),
    owner: 'teacherA',
    changes: true,
    anonymous: [401],
    student: [403],
    intruders: [{ who: 'teacherB', statuses: [404] }],
    wrongTypes: () => ({ name: 5, archived: 'yes' }),
  },
  'DELETE /api/classes/[classId]/students/[studentId]': {
    call: (w) => ({ method: 'DELETE', path: `/api/classes/${w.classA.id}/students/${w.s1.id}` }),
    owner: 'teacherA',
    changes: true,
    anonymous: [401],
    student: [403],
    intruders: [{ who: 'teacherB', statuses: [404] }],
  },
  'POST /api/classes/join': {
    call: (w) => ({ method: 'POST', path: '/api/classes/join', data: { code: w.classA.joinCode } }),
    owner: 's2',
    changes: true,
    anonymous: [401],
    wrongTypes: () => ({ code: 5 }),
  },
  'POST /api/classes': {
    call: () => ({ method: 'POST', path: '/api/classes', data: { name: 'Another class' } }),
    owner: 'teacherA',
    changes: true,
    anonymous: [401],
    student: [403],
    wrongTypes: () => ({ name: 5 }),
  },
  'GET /api/articles/[articleId]': {
    // The article's text for the panel beside a question: public, as the article page is.
    call: () => ({ method: 'GET', path: `/api/articles/${course.article}` }),
    owner: 'anyone',
    changes: false,
    anonymous: [200],
  },
  'GET /api/health': {
    call: () => ({ method: 'GET', path: '/api/health' }),
    owner: 'anyone',
    changes: false,
    anonymous: [200],
  },
  'GET /api/me': {
    call: () => ({ method: 'GET', path: '/api/me' }),
    owner: 's1',
    changes: false,
    // {user: null}
    anonymous: [200],
  },
  'POST /api/progress/lessons': {
    call: () => ({ method: 'POST', path: '/api/progress/lessons', data: { courseId: course.id, moduleId: MODULE } }),
    owner: 's1',
    changes: true,
    // A guest's reading is recorded for its own new guest identity.
    anonymous: [204],
    wrongTypes: () => ({ courseId: 5, moduleId: null }),
  },
  'GET /api/progress': {
    call: () => ({ method: 'GET', path: `/api/progress?courseId=${course.id}` }),
    owner: 's1',
    changes: false,
    // No progress yet.
    anonymous: [200],
  },
  'GET /auth/continue': {
    // It moves this browser's own guest work into this browser's own account: a request forged from
    // another site can move nothing between people, so it is not among the cross-site cases.
    call: () => ({ method: 'GET', path: '/auth/continue?next=/dashboard' }),
    owner: 's1',
    changes: false,
    anonymous: [303],
  },
};

/** Every route handler file under app/ (bench-build-only route.bench.ts too), as "METHOD /url/[param]" for each method it exports. */
export function routeHandlersOnDisk(root = path.join(process.cwd(), 'app')): string[] {
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) =>
    /(^|\/)route(\.bench)?\.(ts|tsx|js|mjs)$/.test(f),
  );
  return files.flatMap((file) => {
    const url = `/${file
      .split(path.sep)
      .slice(0, -1)
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .join('/')}`;
    const source = readFileSync(path.join(root, file), 'utf8');
    const methods = new Set(
      [
        ...source.matchAll(
          /export\s+(?:async\s+)?(?:function|const|let)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b|\bas\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g,
        ),
      ].map((m) => m[1] ?? m[2]),
    );
    return [...methods].map((method) => `${method} ${url}`);
  });
}
