import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
// Next's own rule for the `_rsc` parameter its client adds to every RSC request (a hash of the
// router headers sent); a request without the right one is answered 307 with no body.
import { computeCacheBustingSearchParam } from 'next/dist/shared/lib/router/utils/cache-busting-search-param.js';
import { course } from '../content';
import { routeHandlersOnDisk } from './route-table';

// Every page, route handler and Server Action of the app, with how the review-policy matrix
// (integrity-review-policy.spec.ts) reads it as the student who owns an assigned attempt, or why it
// shows no attempt facts. They are found on disk: a new one fails the matrix until it is listed here.

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
  'page /work': { read: (s) => page(s, '/work') },
  'page /teach/assignments/[assignmentId]': {
    none: 'teachers only (teacher-access.spec.ts refuses students on every teacher page)',
  },
  'page /teach/assignments/[assignmentId]/edit': { none: 'teachers only (teacher-access.spec.ts)' },
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
  'POST /api/attempts/[attemptId]/answers/[questionId]/reveal': {
    read: (s) =>
      json(
        '"Show me" on the submitted assigned attempt (only practice in progress shows an answer on request)',
        409,
        s.student.post(`/api/attempts/${s.attemptId}/answers/any/reveal`),
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
  'GET /api/articles/[articleId]': { none: 'the article’s text, the same for everyone, as its page' },
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

/**
 * Every Server Action: whether it touches the facts of an attempt (a score, which answers were
 * right, keys), and what holds it to the review policy or why it shows nothing. The matrix reads
 * pages and routes over HTTP; an action is called with its session stubbed, by the test named.
 */
export type ActionSurface = { touchesAttemptFacts: boolean; why: string };

const TEACHERS_ONLY = 'teachers only: lib/actions/form-actions-access.test.ts refuses students and guests';

export const SERVER_ACTIONS: Record<string, ActionSurface> = {
  'action (auth)/sign-up/actions.ts#signUpAction': {
    touchesAttemptFacts: false,
    why: "creates an account; answers with the account's name",
  },
  'action (student)/attempts/actions.ts#startAttemptAction': {
    touchesAttemptFacts: false,
    why: 'starts self-study and opens it; self-study draws no graded question (lib/attempts/draws.test.ts)',
  },
  'action (student)/attempts/actions.ts#startAssignmentAttemptAction': {
    touchesAttemptFacts: false,
    why: 'starts or resumes an assigned attempt and opens it; the attempt page is read above',
  },
  'action (student)/attempts/actions.ts#startRetakeAction': {
    touchesAttemptFacts: true,
    why: 'a retake holds the missed questions and shows their keys: lib/actions/retake-review-policy.test.ts starts it under each of the 27 policies, before and after the due date',
  },
  'action (student)/attempts/actions.ts#startReviewAction': {
    touchesAttemptFacts: true,
    why: 'a review practises the mistakes with their keys: lib/actions/retake-review-policy.test.ts, as the retake',
  },
  'action (student)/join/actions.ts#joinClassAction': {
    touchesAttemptFacts: false,
    why: 'joins a class by its code and opens /classes',
  },
  'action (teacher)/teach/actions.ts#createClassAction': { touchesAttemptFacts: false, why: TEACHERS_ONLY },
  'action (teacher)/teach/classes/[classId]/actions.ts#renameClassAction': {
    touchesAttemptFacts: false,
    why: TEACHERS_ONLY,
  },
  'action (teacher)/teach/classes/[classId]/actions.ts#archiveClassAction': {
    touchesAttemptFacts: false,
    why: TEACHERS_ONLY,
  },
  'action (teacher)/teach/classes/[classId]/actions.ts#removeStudentAction': {
    touchesAttemptFacts: false,
    why: `${TEACHERS_ONLY}; what a removed student may still do is in lib/assignments/disclosure-surfaces.test.ts`,
  },
  'action (teacher)/teach/classes/[classId]/actions.ts#addStudentsByNameAction': {
    touchesAttemptFacts: false,
    why: `${TEACHERS_ONLY}; makes student accounts and answers with their sign-in cards`,
  },
  'action (teacher)/teach/classes/[classId]/actions.ts#newSignInCardAction': {
    touchesAttemptFacts: false,
    why: `${TEACHERS_ONLY}; answers with a student's new sign-in card`,
  },
  'action (teacher)/teach/classes/[classId]/actions.ts#createAssignmentAction': {
    touchesAttemptFacts: false,
    why: `${TEACHERS_ONLY}; the policy it sets is what the matrix sets through POST /api/assignments`,
  },
  'action (teacher)/teach/classes/[classId]/gradebook/actions.ts#overrideGradeAction': {
    touchesAttemptFacts: true,
    why: `${TEACHERS_ONLY}; a student sees a changed grade only on the pages read above`,
  },
  'action (teacher)/teach/assignments/[assignmentId]/actions.ts#setAccommodationAction': {
    touchesAttemptFacts: true,
    why: `${TEACHERS_ONLY}; a later due date keeps the parts shown "after the due date" hidden longer (lib/progress/assigned-progress.test.ts)`,
  },
  'action (teacher)/teach/assignments/[assignmentId]/actions.ts#removeAccommodationAction': {
    touchesAttemptFacts: true,
    why: `${TEACHERS_ONLY}; as setting one`,
  },
  'action (teacher)/teach/assignments/[assignmentId]/actions.ts#previewAdjustmentAction': {
    touchesAttemptFacts: true,
    why: `${TEACHERS_ONLY}; it reads whose score a regrade would raise`,
  },
  'action (teacher)/teach/assignments/[assignmentId]/actions.ts#applyAdjustmentAction': {
    touchesAttemptFacts: true,
    why: `${TEACHERS_ONLY}; a student sees the regraded score only on the pages read above`,
  },
  'action (teacher)/teach/assignments/[assignmentId]/edit-actions.ts#editAssignmentAction': {
    touchesAttemptFacts: true,
    why: `${TEACHERS_ONLY}; a changed review policy or due date applies from the next view, which the matrix reads after moving the due date`,
  },
  'action (teacher)/teach/attempts/[attemptId]/actions.ts#setQuestionCreditAction': {
    touchesAttemptFacts: true,
    why: `${TEACHERS_ONLY}; the student sees the changed grade and its reason only as far as the policy shows them (lib/regrade/question-credit.test.ts)`,
  },
  'action (teacher)/teach/assignments/[assignmentId]/edit-actions.ts#archiveAssignmentAction': {
    touchesAttemptFacts: false,
    why: `${TEACHERS_ONLY}; an archived assignment leaves the lists and takes no work (lib/assignments/archive-assignment.test.ts)`,
  },
};

const SOURCE_FILE = /\.(ts|tsx|js|mjs)$/;
const DIRECTIVE = /^(['"])use server\1;?$/;

/** The statements at the top of a file before its code: the place a directive may stand. */
function leadingDirectives(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const directives = [];
  for (const line of withoutComments.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    if (!/^(['"])[\w ]+\1;?$/.test(line)) break;
    directives.push(line);
  }
  return directives;
}

/**
 * Every Server Action under app/, as "action (group)/path/actions.ts#name": each export of a
 * 'use server' file, and each file that declares one inside a function (as "#inline", so it is
 * looked at too).
 */
export function serverActionsOnDisk(root = path.join(process.cwd(), 'app')): string[] {
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => SOURCE_FILE.test(f)).sort();
  return files.flatMap((file) => {
    const source = readFileSync(path.join(root, file), 'utf8');
    const key = `action ${file.split(path.sep).join('/')}`;
    if (!leadingDirectives(source).some((d) => DIRECTIVE.test(d)))
      return /^\s*(['"])use server\1;?\s*$/m.test(source) ? [`${key}#inline`] : [];
    const names = [
      ...[...source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|var)\s+(\w+)/gm)].map((m) => m[1]!),
      ...[...source.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((m) =>
        m[1]!
          .split(',')
          .map((name) =>
            name
              .trim()
              .split(/\s+as\s+/)
              .at(-1)!,
          )
          .filter((name) => name && !name.startsWith('type ')),
      ),
      ...(/^export\s+default\b/m.test(source) ? ['default'] : []),
    ];
    return names.map((name) => `${key}#${name}`);
  });
}

/** Pages, handlers and Server Actions on disk missing from SURFACES or SERVER_ACTIONS, and entries no longer on disk. */
export function surfaceTableDrift(): { unlisted: string[]; stale: string[] } {
  const onDisk = [...pagesOnDisk(), ...routeHandlersOnDisk(), ...serverActionsOnDisk()];
  const listed = [...Object.keys(SURFACES), ...Object.keys(SERVER_ACTIONS)];
  return {
    unlisted: onDisk.filter((key) => !listed.includes(key)),
    stale: listed.filter((key) => !onDisk.includes(key)),
  };
}
