// One simulated student working through an assigned quiz the way the app's player does: start (or
// resume) the assignment, read the questions, save every answer with an idempotency key, submit.
// A request that fails (no answer, a timeout, a 5xx) is sent again, with the same key, until it is
// acknowledged or the retry budget runs out; 4xx answers are final. Every operation is recorded,
// with its latency from the first send to the acknowledgement, so retries count against it.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { AttemptView, QuestionView } from '../../../lib/attempts/views';
import type { HttpClient, HttpResult } from './http-client';
import { randomResponse } from './random-response';

export type OpKind = 'start' | 'read' | 'save' | 'submit';

/** One operation: acknowledged (`ok`) or given up on, after `tries` requests. */
export type OpRecord = { kind: OpKind; startedAt: number; endedAt: number; tries: number; ok: boolean; error?: string };

export type RetryPolicy = {
  /** Give up after this many requests for one operation. */
  maxTries: number;
  /** A request without a complete answer after this long is abandoned and sent again. */
  timeoutMs: number;
  /** No new request after this moment (performance.now()); the operation fails. */
  giveUpAt?: number;
};

export type Ledger = {
  ops: OpRecord[];
  /** Every save sent, and those the server acknowledged with 200, as (attempt, key) pairs. */
  sent: Set<string>;
  acknowledged: string[];
  /** Per attempt: how many submit requests were answered 200 (more than one = submitted twice). */
  submitOks: Map<string, number>;
  /** Attempts whose submit was acknowledged (200, or 409 carrying the submitted result). */
  submitted: Set<string>;
  /** Status codes and network errors seen on individual requests, before retries. */
  transient: Map<string, number>;
};

export const newLedger = (): Ledger => ({
  ops: [],
  sent: new Set(),
  acknowledged: [],
  submitOks: new Map(),
  submitted: new Set(),
  transient: new Map(),
});

/** How a save is identified in answer_saves: its attempt and its idempotency key. */
export const saveKey = (attemptId: string, idempotencyKey: string): string => `${attemptId}\u0000${idempotencyKey}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the routes may answer: `done` ends the operation (ok or not), `retry` sends it again. */
type Verdict = { done: true; ok: boolean; error?: string } | { done: false };

function defaultVerdict(res: HttpResult, okStatus: number): Verdict {
  if (res.status === okStatus) return { done: true, ok: true };
  if (res.status >= 500 || res.status === 429) return { done: false };
  return { done: true, ok: false, error: `HTTP ${res.status}: ${res.body.slice(0, 160)}` };
}

/**
 * Sends until the verdict says done; returns the last answer when acknowledged. The same request
 * (same body, same idempotency key) is sent each time.
 */
async function operation(
  kind: OpKind,
  ledger: Ledger,
  policy: RetryPolicy,
  send: (timeoutMs: number) => Promise<HttpResult>,
  verdict: (res: HttpResult, attempt: number) => Verdict,
): Promise<HttpResult | undefined> {
  const startedAt = performance.now();
  let lastError = 'no request sent';
  for (let tries = 1; tries <= policy.maxTries; tries++) {
    if (policy.giveUpAt !== undefined && performance.now() > policy.giveUpAt) break;
    try {
      const res = await send(policy.timeoutMs);
      const v = verdict(res, tries);
      if (v.done) {
        ledger.ops.push({ kind, startedAt, endedAt: performance.now(), tries, ok: v.ok, error: v.error });
        return v.ok ? res : undefined;
      }
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    }
    ledger.transient.set(`${kind} ${lastError}`, (ledger.transient.get(`${kind} ${lastError}`) ?? 0) + 1);
    // Back off a little, with jitter, so a recovering server is not hit by everyone at once.
    await sleep(Math.min(2000, 100 * 2 ** Math.min(tries, 5)) * (0.5 + Math.random()));
  }
  ledger.ops.push({ kind, startedAt, endedAt: performance.now(), tries: policy.maxTries, ok: false, error: lastError });
  return undefined;
}

export type StudentPlan = {
  client: HttpClient;
  cookie: string;
  assignmentId: string;
  ledger: Ledger;
  policy: RetryPolicy;
  /** Wait this long before starting, to spread a class's starts over a second. */
  delayMs: number;
  /** Stop after this many saves (a crash test keeps students short); default: every question once. */
  saves?: number;
  /** Mean time spent reading a question before saving its answer (uniform over ±50 %); default none. */
  thinkMs?: number;
};

const think = (meanMs = 0) => (meanMs > 0 ? sleep(meanMs * (0.5 + Math.random())) : Promise.resolve());

export type StudentOutcome = { attemptId?: string; questions?: QuestionView[] };

/** Start, read, answer every question, submit; what it got as far as it got. */
export async function runStudent(plan: StudentPlan): Promise<StudentOutcome> {
  const { client, cookie, ledger, policy } = plan;
  await sleep(plan.delayMs);
  const started = await operation(
    'start',
    ledger,
    policy,
    (timeoutMs) =>
      client.request('POST', `/api/assignments/${plan.assignmentId}/attempts`, { cookie, json: {}, timeoutMs }),
    (res) => defaultVerdict(res, 201),
  );
  if (!started) return {};
  const { attemptId } = JSON.parse(started.body) as { attemptId: string };

  const read = await operation(
    'read',
    ledger,
    policy,
    (timeoutMs) => client.request('GET', `/api/attempts/${attemptId}`, { cookie, timeoutMs }),
    (res) => defaultVerdict(res, 200),
  );
  if (!read) return { attemptId };
  const { attempt } = JSON.parse(read.body) as { attempt: AttemptView };
  const questions: QuestionView[] = attempt.questions;
  const count = plan.saves ?? questions.length;

  for (let i = 0; i < count; i++) {
    await think(plan.thinkMs);
    const question = questions[i % questions.length]!;
    const idempotencyKey = randomUUID();
    const id = saveKey(attemptId, idempotencyKey);
    const json = { response: randomResponse(question), idempotencyKey };
    ledger.sent.add(id);
    const saved = await operation(
      'save',
      ledger,
      policy,
      (timeoutMs) =>
        client.request('PUT', `/api/attempts/${attemptId}/answers/${encodeURIComponent(question.id)}`, {
          cookie,
          json,
          timeoutMs,
        }),
      (res) => defaultVerdict(res, 200),
    );
    if (!saved) return { attemptId, questions };
    ledger.acknowledged.push(id);
  }

  const submitted = await operation(
    'submit',
    ledger,
    policy,
    (timeoutMs) => client.request('POST', `/api/attempts/${attemptId}/submit`, { cookie, timeoutMs }),
    (res) => {
      if (res.status === 200) ledger.submitOks.set(attemptId, (ledger.submitOks.get(attemptId) ?? 0) + 1);
      // A retried submit whose first try went through gets 409 with the one result: acknowledged.
      if (res.status === 409 && res.body.includes('"attempt"')) return { done: true, ok: true };
      return defaultVerdict(res, 200);
    },
  );
  if (submitted) ledger.submitted.add(attemptId);
  return { attemptId, questions };
}

/**
 * The same shape of traffic against the no-op route: one request for the start, one for the read,
 * one per save (with a save's body) and one for the submit, so the framework's floor is measured
 * under the very same burst.
 */
export async function runFloorStudent(plan: StudentPlan & { questions: QuestionView[] }): Promise<void> {
  const { client, cookie, ledger, policy } = plan;
  await sleep(plan.delayMs);
  const noop = (kind: OpKind, json?: unknown) =>
    operation(
      kind,
      ledger,
      policy,
      (timeoutMs) => client.request('PUT', '/api/bench/noop', { cookie, json, timeoutMs }),
      (res) => defaultVerdict(res, 204),
    );
  if (!(await noop('start', {}))) return;
  if (!(await noop('read'))) return;
  for (const question of plan.questions) {
    await think(plan.thinkMs);
    if (!(await noop('save', { response: randomResponse(question), idempotencyKey: randomUUID() }))) return;
  }
  await noop('submit');
}
