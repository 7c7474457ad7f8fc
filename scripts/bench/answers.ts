// npm run bench:answers – how fast the server saves answers when many students answer at once, and
// whether every acknowledged save is stored exactly once. Against the production build on SQLite
// (built and served by scripts/start.ts into .bench/, with a fresh database), N simulated students
// each start a quiz with their own guest cookie, then save answers as fast as the server lets them
// (one request in flight each) for a fixed time. The same clients then PUT to a no-op route for the
// same time: the framework's floor, so the save route's cost reads as a ratio to what any route costs
// on this machine, not as absolute numbers.
//
//   npm run bench:answers -- [--students 300] [--seconds 20] [--module the-pact]
//   npm run bench:answers -- --students 3 --seconds 2      (the tiny run npm test makes)
//
// Exit codes: 0 all saves succeeded and were stored exactly once, 1 a save failed or the stored saves
// do not match the acknowledged ones, 2 the benchmark itself failed. Progress goes to stderr, the
// results to stdout.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AttemptView, QuestionView } from '../../lib/attempts/views';
import { BENCH_BUILD_ENV, BENCH_DIST_DIR } from './lib/bench-build';
import { cookieFrom, createHttpClient, type HttpClient, type HttpResult } from './lib/http-client';
import { inBatches, runPhase, textTable, type Outcome, type PhaseStats } from './lib/load';
import { findFreePort, waitUntilAnswers } from './lib/processes';
import { randomResponse } from './lib/random-response';
import { restoreSharedFiles, snapshotSharedFiles } from './lib/shared-files';
import { killSourcewiseNow, startSourcewise, stopSourcewise } from './lib/sourcewise-server';
import { saveId, verifySaves } from './lib/verify-saves';

const HOST = '127.0.0.1';
const COURSE_ID = 'nk-russia-pact';
const GUEST_COOKIE = 'sw_guest';
// The bench build every benchmark shares (built by start.ts if stale); never `npm start`'s .next.
const DIST_DIR = BENCH_DIST_DIR;
// A fresh file on every run, so the check below sees only this run's saves.
const DB_FILE = path.resolve('.bench/answers.db');
const LOGS = path.resolve('.bench/logs');
const SERVER_LOG = path.join(LOGS, 'answers-server.log');
const RAMP_CONCURRENCY = 20;

const progress = (line: string) => console.error(line);

type Student = { cookie: string; attemptId: string; questions: QuestionView[]; next: number };

function options() {
  const { values } = parseArgs({
    options: {
      students: { type: 'string', default: '300' },
      seconds: { type: 'string', default: '20' },
      module: { type: 'string', default: 'the-pact' },
    },
    strict: true,
  });
  const students = Number(values.students);
  const seconds = Number(values.seconds);
  if (!Number.isInteger(students) || students < 1)
    throw new Error(`--students must be a whole number ≥ 1 (got "${values.students}")`);
  if (!(seconds > 0)) throw new Error(`--seconds must be a number > 0 (got "${values.seconds}")`);
  return { students, seconds, moduleId: values.module };
}

function expect(res: HttpResult, status: number, what: string): void {
  if (res.status !== status)
    throw new Error(`${what}: expected ${status}, got ${res.status}: ${res.body.slice(0, 300)}`);
}

async function startAttempt(client: HttpClient, moduleId: string): Promise<{ cookie: string; attemptId: string }> {
  const started = await client.request('POST', '/api/attempts', {
    json: { courseId: COURSE_ID, kind: 'quiz', moduleId },
  });
  expect(started, 201, 'POST /api/attempts');
  const cookie = cookieFrom(started.setCookie, GUEST_COOKIE);
  if (!cookie) throw new Error(`POST /api/attempts set no ${GUEST_COOKIE} cookie`);
  const { attemptId } = JSON.parse(started.body) as { attemptId: string };
  return { cookie, attemptId };
}

async function readQuestions(
  client: HttpClient,
  { cookie, attemptId }: { cookie: string; attemptId: string },
): Promise<Student> {
  const read = await client.request('GET', `/api/attempts/${attemptId}`, { cookie });
  expect(read, 200, `GET /api/attempts/${attemptId}`);
  const { attempt } = JSON.parse(read.body) as { attempt: AttemptView };
  if (attempt.questions.length === 0) throw new Error(`Attempt ${attemptId} has no questions`);
  // Start each student at a different question, so they do not all save the same one at once.
  return {
    cookie,
    attemptId,
    questions: attempt.questions,
    next: Math.floor(Math.random() * attempt.questions.length),
  };
}

/** A request as a load-test outcome: 2xx is success, anything else (or no answer) an error. */
async function outcome(send: () => Promise<HttpResult>, onOk?: () => void): Promise<Outcome> {
  const started = performance.now();
  try {
    const res = await send();
    if (res.status < 200 || res.status > 299) return { ms: res.ms, error: `HTTP ${res.status}` };
    onOk?.();
    return { ms: res.ms };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ms: performance.now() - started, error: code ?? (error as Error).message };
  }
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

function row(label: string, s: PhaseStats): string[] {
  return [label, String(s.requests), fixed(s.perSecond), fixed(s.p50), fixed(s.p95), fixed(s.p99), String(s.errors)];
}

function errorLines(label: string, s: PhaseStats): string[] {
  return [...s.errorKinds].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `  ${label} errors: ${n} × ${kind}`);
}

/** Lines of the server log that report a problem (Next prints failures with ⨯; the API with "[api]"). */
function serverLogProblems(): string[] {
  try {
    return readFileSync(SERVER_LOG, 'utf8')
      .split('\n')
      .filter((line) => /error|⨯|unhandled|exception|warn/i.test(line));
  } catch {
    return ['(no server log)'];
  }
}

async function main(): Promise<number> {
  const { students, seconds, moduleId } = options();
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  mkdirSync(LOGS, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(DB_FILE + suffix, { force: true });

  // An unusual port, checked free first, so we never measure some other server by mistake.
  const port = await findFreePort(3961, HOST);
  const origin = `http://${HOST}:${port}`;
  const log = path.relative(process.cwd(), SERVER_LOG);
  progress(
    `Building if stale and starting the production server with scripts/start.ts (${DIST_DIR}, port ${port}; log ${log})…`,
  );
  const shared = snapshotSharedFiles();
  try {
    const server = startSourcewise(
      {
        PORT: String(port),
        ...BENCH_BUILD_ENV,
        DATABASE_URL: `file:${path.relative(process.cwd(), DB_FILE)}`,
        // No demo class: its seeded answers are saves this bench never sent, and the check that
        // every acknowledged save is stored exactly once counts the database's rows.
        DEMO_DATA: 'off',
        // Production requires a signing secret; a throwaway one keeps the benchmark away from data/.
        AUTH_SECRET: randomBytes(32).toString('base64url'),
      },
      SERVER_LOG,
    );
    // A build takes minutes on a small machine; the probe answers once `next start` is up.
    await waitUntilAnswers(`${origin}/api/bench/noop`, server, SERVER_LOG, 15 * 60_000);
  } finally {
    // start.ts's build edits tsconfig.json and next-env.d.ts for the custom distDir; put them back.
    for (const warning of restoreSharedFiles(shared, DIST_DIR)) progress(`Warning: ${warning}`);
  }

  const client = createHttpClient(origin, students);
  try {
    const probe = await client.request('PUT', '/api/bench/noop');
    expect(probe, 204, 'PUT /api/bench/noop (was the server built with SOURCEWISE_BENCH_ROUTES=1?)');

    progress(`Starting ${students} students, each with a guest cookie and a quiz on module "${moduleId}" (not timed)…`);
    const attempts = await inBatches(Array.from({ length: students }), RAMP_CONCURRENCY, () =>
      startAttempt(client, moduleId),
    );
    // All at once, so each student opens its own keep-alive connection before the clock starts.
    // Opening hundreds of connections while the server is saturated measures something else: a
    // busy Node server accepts new connections only a few per second, starving those clients.
    const users = await Promise.all(attempts.map((attempt) => readQuestions(client, attempt)));
    progress(`${client.connections()} keep-alive connections open.`);

    const sent = new Set<string>();
    const acknowledged: string[] = [];
    progress(`Saving answers for ${seconds} s, one request in flight per student…`);
    const saves = await runPhase(users, seconds, (user) => {
      const question = user.questions[user.next++ % user.questions.length]!;
      const idempotencyKey = randomUUID();
      const id = saveId(user.attemptId, idempotencyKey);
      sent.add(id);
      const url = `/api/attempts/${user.attemptId}/answers/${encodeURIComponent(question.id)}`;
      return outcome(
        () =>
          client.request('PUT', url, {
            cookie: user.cookie,
            json: { response: randomResponse(question), idempotencyKey },
          }),
        () => acknowledged.push(id),
      );
    });

    progress(
      `Floor: the same ${students} clients (${client.connections()} connections open) PUT to the no-op route for ${seconds} s…`,
    );
    const floor = await runPhase(users, seconds, (user) => {
      // A body like a save's, so both phases move the same bytes; the no-op route never reads it.
      const question = user.questions[user.next++ % user.questions.length]!;
      const json = { response: randomResponse(question), idempotencyKey: randomUUID() };
      return outcome(() => client.request('PUT', '/api/bench/noop', { cookie: user.cookie, json }));
    });
    client.close();

    progress('Stopping the server…');
    await stopSourcewise();
    progress(`Checking the stored saves in ${path.relative(process.cwd(), DB_FILE)} (read-only)…`);
    const check = verifySaves(DB_FILE, acknowledged, sent);
    const problems = serverLogProblems();

    const ratio = (a: number, b: number) => `${fixed(a / b, 2)}×`;
    console.log(
      [
        '',
        `${students} students, ${seconds} s per phase, quiz "${moduleId}" of ${COURSE_ID}; production build on SQLite (${origin}).`,
        'Closed loop: one request in flight per student; latency in ms from sending to the end of the response.',
        '',
        textTable([
          ['phase', 'requests', 'requests/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
          row('save  PUT /api/attempts/{id}/answers/{q}', saves),
          row('floor PUT /api/bench/noop', floor),
        ]),
        ...errorLines('save', saves),
        ...errorLines('floor', floor),
        '',
        `save vs floor: p50 ${ratio(saves.p50, floor.p50)}, p95 ${ratio(saves.p95, floor.p95)}, throughput ${ratio(saves.perSecond, floor.perSecond)}`,
        '',
        `answer_saves rows: ${check.rows}; acknowledged saves: ${check.acknowledged}; missing: ${check.missing}; ` +
          `stored more than once: ${check.duplicated}; keys never sent: ${check.unknown}; ` +
          `stored though unacknowledged (errors/timeouts): ${check.storedUnacknowledged}`,
        `every acknowledged save stored exactly once: ${check.ok ? 'yes' : 'no'}`,
        `server log: ${problems.length} line(s) mentioning errors or warnings (${log})`,
        ...problems.slice(0, 10).map((line) => `  ${line}`),
        '',
      ].join('\n'),
    );
    return check.ok && saves.errors === 0 ? 0 : 1;
  } finally {
    client.close();
  }
}

// Whatever happens — success, failure, Ctrl-C — the server we started must not outlive us.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    progress(`${signal}: stopping the server this benchmark started…`);
    void stopSourcewise().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
process.once('exit', killSourcewiseNow);

try {
  process.exitCode = await main();
} catch (error) {
  if (!interrupted) progress(`bench:answers failed: ${(error as Error).message}`);
  process.exitCode = 2;
} finally {
  await stopSourcewise();
}
