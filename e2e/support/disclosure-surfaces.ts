import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
// Next's own rule for the `_rsc` parameter its client adds to every RSC request (a hash of the
// router headers sent); a request without the right one is answered 307 with no body.
import { computeCacheBustingSearchParam } from 'next/dist/shared/lib/router/utils/cache-busting-search-param.js';
import { course } from '../content';
import { routeHandlersOnDisk } from './route-table';

// Every page and route handler of the app, with how the review-policy matrix (integrity-review-
// policy.spec.ts) reads it as the student who owns an assigned attempt, or why it shows no attempt
// facts. Pages and handlers are found on disk: a new one fails the matrix until it is listed here.

/** The student and the assigned attempt the matrix is about. */
export type Situation = { student: APIRequestContext; attemptId: string; moduleId: string };

/**
 * One response as the student received it. `kind` says how it was read: HTML, an RSC payload or
 * JSON; `expected` is the status it must have, and `isNotFound` whether it must be the not-found
 * page (a redirect or an error page shows nothing, so it would pass every check of what must not
 * be shown).
 */
export type Received = {
  what: string;
  kind: 'html' | 'rsc' | 'json';
  status: number;
  expected: number;
  isNotFound: boolean;
  contentType: string;
  body: string;
};

export type Surface = { read: (s: Situation) => Promise<Received[]> } | { none: string };

const CONTENT_TYPES = { html: 'text/html', rsc: 'text/x-component', json: 'application/json' } as const;

async function received(
  what: string,
  kind: Received['kind'],
  expected: { status: number; isNotFound?: boolean },
  res: APIResponse,
): Promise<Received> {
  return {
    what,
    kind,
    status: res.status(),
    expected: expected.status,
    isNotFound: expected.isNotFound ?? false,
    contentType: res.headers()['content-type'] ?? '',
    body: await res.text(),
  };
}

// An RSC payload answers 200 whatever the page did: a redirect, a not-found page or an error is
// written inside it, as the digest of what was thrown or as an error row.
const RSC_NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';
const RSC_ERRORS: [RegExp, string][] = [
  [/NEXT_REDIRECT/, 'a redirect'],
  [/NEXT_HTTP_ERROR_FALLBACK/, 'an error page'],
  [/^[0-9a-f]+:E\{/m, 'an error'],
];

/** What is wrong with how a response arrived: its status, its content type, or a page other than the one asked for. */
export function arrivalProblem(r: Received): string | undefined {
  if (r.status !== r.expected) return `${r.what} answered ${r.status}, not ${r.expected}`;
  if (!r.contentType.startsWith(CONTENT_TYPES[r.kind]))
    return `${r.what} came as ${r.contentType || 'no content type'}`;
  if (r.kind !== 'rsc') return undefined;
  if (r.isNotFound) return r.body.includes(RSC_NOT_FOUND) ? undefined : `${r.what} is not the not-found page`;
  const [, what] = RSC_ERRORS.find(([pattern]) => pattern.test(r.body)) ?? [];
  return what ? `${r.what} holds ${what}` : undefined;
}

/**
 * The text a reader sees. React writes the parts of one text apart: `<!-- -->` between them in
 * HTML, separate children in an RSC payload (`[9," of ",12]`, with escaped quotes inside HTML);
 * both are joined here, so "9 of 12" and "75%" are found however the text was put together.
 */
export function readableText(body: string): string {
  return body
    .replaceAll('<!-- -->', '')
    .replace(/\\?",\s*\\?"/g, '')
    .replace(/(\d),\s*\\?"/g, '$1')
    .replace(/\\?",\s*(\d)/g, '$1');
}

/**
 * A page as the browser loads it (HTML) and as a client-side navigation fetches it (its RSC
 * payload), each checked to be the page itself, or the not-found page where the student has none.
 */
async function page(s: Situation, url: string, { isNotFound = false } = {}): Promise<Received[]> {
  const html = await s.student.get(url, { maxRedirects: 0 });
  const headers = { RSC: '1' };
  // The router headers it hashes are none here (no prefetch, segment, state tree or Next-Url): the whole page.
  const hash = await computeCacheBustingSearchParam(undefined, undefined, undefined, undefined);
  const rsc = await s.student.get(`${url}${url.includes('?') ? '&' : '?'}_rsc=${hash}`, { headers, maxRedirects: 0 });
  return [
    await received(`${url} (HTML)`, 'html', { status: isNotFound ? 404 : 200, isNotFound }, html),
    await received(`${url} (RSC)`, 'rsc', { status: 200, isNotFound }, rsc),
  ];
}

async function json(what: string, status: number, response: Promise<APIResponse>): Promise<Received[]> {
  return [await received(what, 'json', { status }, await response)];
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
  // A student is not found on the teacher pages (their layout), as HTML and as RSC alike.
  'page /teach': { read: (s) => page(s, '/teach', { isNotFound: true }) },
  'page /teach/assignments/[assignmentId]': {
    none: 'teachers only (teacher-access.spec.ts refuses students on every teacher page)',
  },
  'page /teach/assignments/[assignmentId]/statistics': { none: 'teachers only (teacher-access.spec.ts)' },
  'page /teach/attempts/[attemptId]': { read: (s) => page(s, `/teach/attempts/${s.attemptId}`, { isNotFound: true }) },
  'page /teach/classes/[classId]': { none: 'teachers only (teacher-access.spec.ts)' },
  'page /teach/classes/[classId]/gradebook': { none: 'teachers only (teacher-access.spec.ts)' },

  // Route handlers.
  'GET /api/attempts/[attemptId]': {
    read: (s) => json('GET the attempt', 200, s.student.get(`/api/attempts/${s.attemptId}`)),
  },
  'POST /api/attempts/[attemptId]/submit': {
    read: (s) =>
      json('submit again (409 carries the result)', 409, s.student.post(`/api/attempts/${s.attemptId}/submit`)),
  },
  'PUT /api/attempts/[attemptId]/answers/[questionId]': {
    read: (s) =>
      json(
        'save to the submitted attempt',
        409,
        s.student.put(`/api/attempts/${s.attemptId}/answers/any`, {
          data: { response: { type: 'true-false', value: true }, idempotencyKey: crypto.randomUUID() },
        }),
      ),
  },
  // Retakes and reviews are read by the matrix itself: whether each is allowed is part of what it asserts.
  'POST /api/attempts/[attemptId]/retake': { read: async () => [] },
  'POST /api/attempts/review': { read: async () => [] },
  'GET /api/progress': {
    read: (s) => json('course progress', 200, s.student.get(`/api/progress?courseId=${course.id}`)),
  },
  'GET /api/me': { read: (s) => json('who am I', 200, s.student.get('/api/me')) },
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
  'GET /api/auth/[...nextauth]': { read: (s) => json('the session', 200, s.student.get('/api/auth/session')) },
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
