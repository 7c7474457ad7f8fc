import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { course } from '../content';
import { routeHandlersOnDisk } from './route-table';

// Every page and route handler of the app, with how the review-policy matrix (integrity-review-
// policy.spec.ts) reads it as the student who owns an assigned attempt, or why it shows no attempt
// facts. Pages and handlers are found on disk: a new one fails the matrix until it is listed here.

/** The student and the assigned attempt the matrix is about. */
export type Situation = { student: APIRequestContext; attemptId: string; moduleId: string };

/** One response as the student received it. `kind` says how to read it: HTML, an RSC payload or JSON. */
export type Received = { what: string; kind: 'html' | 'rsc' | 'json'; status: number; body: string };

export type Surface = { read: (s: Situation) => Promise<Received[]> } | { none: string };

async function page(s: Situation, url: string): Promise<Received[]> {
  const html = await s.student.get(url, { maxRedirects: 0 });
  // What a client-side navigation fetches: the page's React Server Components payload.
  const rsc = await s.student.get(url, { headers: { RSC: '1' }, maxRedirects: 0 });
  return [
    { what: `${url} (HTML)`, kind: 'html', status: html.status(), body: await html.text() },
    { what: `${url} (RSC)`, kind: 'rsc', status: rsc.status(), body: await rsc.text() },
  ];
}

async function json(
  what: string,
  response: Promise<{ status(): number; text(): Promise<string> }>,
): Promise<Received[]> {
  const r = await response;
  return [{ what, kind: 'json', status: r.status(), body: await r.text() }];
}

export const SURFACES: Record<string, Surface> = {
  // Pages.
  'page /': { read: (s) => page(s, '/') },
  'page /courses/[courseId]': { read: (s) => page(s, `/courses/${course.id}`) },
  'page /courses/[courseId]/[moduleId]': { read: (s) => page(s, `/courses/${course.id}/${s.moduleId}`) },
  'page /articles/[articleId]': { none: 'the article itself; the same for everyone' },
  'page /attempts/[attemptId]': { read: (s) => page(s, `/attempts/${s.attemptId}`) },
  'page /classes': { read: (s) => page(s, '/classes') },
  'page /dashboard': { read: (s) => page(s, '/dashboard') },
  'page /join': { none: 'a form for a join code' },
  'page /join/[code]': { none: "a class's name and teacher, before joining" },
  'page /sign-in': { none: 'a form' },
  'page /sign-up': { none: 'a form' },
  'page /teach': { read: (s) => page(s, '/teach') },
  'page /work': { read: (s) => page(s, '/work') },
  'page /teach/assignments/[assignmentId]': {
    none: 'teachers only (teacher-access.spec.ts refuses students on every teacher page)',
  },
  'page /teach/assignments/[assignmentId]/statistics': { none: 'teachers only (teacher-access.spec.ts)' },
  'page /teach/attempts/[attemptId]': { read: (s) => page(s, `/teach/attempts/${s.attemptId}`) },
  'page /teach/classes/[classId]': { none: 'teachers only (teacher-access.spec.ts)' },
  'page /teach/classes/[classId]/gradebook': { none: 'teachers only (teacher-access.spec.ts)' },

  // Route handlers.
  'GET /api/attempts/[attemptId]': {
    read: (s) => json('GET the attempt', s.student.get(`/api/attempts/${s.attemptId}`)),
  },
  'POST /api/attempts/[attemptId]/submit': {
    read: (s) => json('submit again (409 carries the result)', s.student.post(`/api/attempts/${s.attemptId}/submit`)),
  },
  'PUT /api/attempts/[attemptId]/answers/[questionId]': {
    read: (s) =>
      json(
        'save to the submitted attempt',
        s.student.put(`/api/attempts/${s.attemptId}/answers/any`, {
          data: { response: { type: 'true-false', value: true }, idempotencyKey: crypto.randomUUID() },
        }),
      ),
  },
  // Retakes and reviews are read by the matrix itself: whether each is allowed is part of what it asserts.
  'POST /api/attempts/[attemptId]/retake': { read: async () => [] },
  'POST /api/attempts/review': { read: async () => [] },
  'GET /api/progress': { read: (s) => json('course progress', s.student.get(`/api/progress?courseId=${course.id}`)) },
  'GET /api/me': { read: (s) => json('who am I', s.student.get('/api/me')) },
  'POST /api/attempts': { none: 'starts self-study and answers with its id' },
  'POST /api/assignments/[assignmentId]/attempts': { none: 'starts an assigned attempt and answers with its id' },
  'POST /api/progress/lessons': { none: 'records a lesson as read; answers 204' },
  'GET /api/classes/[classId]/gradebook.csv': { none: 'teachers only (adversarial.spec.ts refuses students with 403)' },
  'GET /api/assignments/[assignmentId]/responses.csv': { none: 'teachers only (adversarial.spec.ts)' },
  'POST /api/assignments': { none: 'teachers only' },
  'POST /api/assignments/[assignmentId]/overrides': { none: 'teachers only' },
  'POST /api/assignments/[assignmentId]/adjustments': {
    none: 'teachers only; what a student sees of a regrade is their attempt page, listed above',
  },
  'PUT /api/assignments/[assignmentId]/accommodations': { none: 'teachers only' },
  'DELETE /api/assignments/[assignmentId]/accommodations': { none: 'teachers only' },
  'POST /api/classes': { none: 'teachers only' },
  'PATCH /api/classes/[classId]': { none: 'teachers only' },
  'DELETE /api/classes/[classId]/students/[studentId]': { none: 'teachers only' },
  'POST /api/classes/join': { none: "answers with the class's name" },
  'POST /api/accounts': { none: 'signs up; answers with the new account' },
  'GET /api/auth/[...nextauth]': { read: (s) => json('the session', s.student.get('/api/auth/session')) },
  'POST /api/auth/[...nextauth]': { none: 'sign-in and sign-out' },
  'GET /api/health': { none: 'no user data' },
  'GET /api/bench/noop': { none: 'off outside benchmarks; reads nothing' },
  'PUT /api/bench/noop': { none: 'off outside benchmarks; reads nothing' },
  'GET /auth/continue': { none: 'moves guest work into the account and redirects' },
};

/** Every page of the app, as "page /url/[param]". */
export function pagesOnDisk(root = path.join(process.cwd(), 'app')): string[] {
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) =>
    /(^|\/)page\.(ts|tsx|js|mjs)$/.test(f),
  );
  return files.map(
    (file) =>
      `page /${file
        .split(path.sep)
        .slice(0, -1)
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .join('/')}`,
  );
}

/** Pages and handlers on disk missing from SURFACES, and entries of SURFACES no longer on disk. */
export function surfaceTableDrift(): { unlisted: string[]; stale: string[] } {
  const onDisk = [...pagesOnDisk(), ...routeHandlersOnDisk()];
  return {
    unlisted: onDisk.filter((key) => !(key in SURFACES)),
    stale: Object.keys(SURFACES).filter((key) => !onDisk.includes(key)),
  };
}
