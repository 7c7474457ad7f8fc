// What one student sees when the database goes away under a running app: a save sent while the
// database is down must be answered quickly with 503 and a message a person can act on (not a hang,
// not a 500 or an HTML page), and the same save, retried with the same key, must be acknowledged
// once the database is back, without the app being restarted.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { AttemptView } from '../../lib/attempts/views';
import type { BenchStudent } from '../bench/lib/classroom';
import type { HttpClient } from '../bench/lib/http-client';
import { randomResponse } from '../bench/lib/random-response';
import { saveKey, type Ledger } from '../bench/lib/student';

const MAX_ANSWER_MS = 5000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function prepare(client: HttpClient, student: BenchStudent, assignmentId: string, ledger: Ledger) {
  const { cookie } = student;
  const started = await client.request('POST', `/api/assignments/${assignmentId}/attempts`, { cookie, json: {} });
  if (started.status !== 201)
    throw new Error(`The probe student could not start: HTTP ${started.status} ${started.body.slice(0, 200)}`);
  const { attemptId } = JSON.parse(started.body) as { attemptId: string };
  const read = await client.request('GET', `/api/attempts/${attemptId}`, { cookie });
  const { attempt } = JSON.parse(read.body) as { attempt: AttemptView };
  const question = attempt.questions[0]!;
  const idempotencyKey = randomUUID();
  const json = { response: randomResponse(question), idempotencyKey };
  const url = `/api/attempts/${attemptId}/answers/${encodeURIComponent(question.id)}`;
  const save = () => client.request('PUT', url, { cookie, json, timeoutMs: 30_000 });
  ledger.sent.add(saveKey(attemptId, idempotencyKey));

  return {
    /** One save while the database is down: 503, JSON with a message, Retry-After, quickly. */
    async whileDown(): Promise<{ summary: string; problems: string[] }> {
      const t0 = performance.now();
      let res;
      try {
        res = await save();
      } catch (error) {
        return {
          summary: `no answer (${(error as Error).message})`,
          problems: ['a save while the database was down got no answer'],
        };
      }
      const ms = performance.now() - t0;
      let message: string | undefined;
      try {
        message = (JSON.parse(res.body) as { error?: string }).error;
      } catch {
        message = undefined;
      }
      const problems: string[] = [];
      if (res.status !== 503)
        problems.push(`a save while the database was down got HTTP ${res.status}, not 503: ${res.body.slice(0, 200)}`);
      if (!message) problems.push('the 503 answer carried no JSON error message');
      if (ms > MAX_ANSWER_MS) problems.push(`the answer took ${Math.round(ms)} ms (more than ${MAX_ANSWER_MS} ms)`);
      if (res.status === 200) ledger.acknowledged.push(saveKey(attemptId, idempotencyKey));
      return {
        summary: `HTTP ${res.status} in ${Math.round(ms)} ms: "${message ?? res.body.slice(0, 120)}"`,
        problems,
      };
    },
    /** The same save again until acknowledged, as the player does after a 503. */
    async untilRecovered(timeoutMs = 60_000): Promise<{ ms: number; problems: string[] }> {
      const t0 = performance.now();
      while (performance.now() - t0 < timeoutMs) {
        const res = await save().catch(() => undefined);
        if (res?.status === 200) {
          if (!ledger.acknowledged.includes(saveKey(attemptId, idempotencyKey)))
            ledger.acknowledged.push(saveKey(attemptId, idempotencyKey));
          return { ms: performance.now() - t0, problems: [] };
        }
        await sleep(200);
      }
      return {
        ms: performance.now() - t0,
        problems: [`saves did not work again within ${timeoutMs / 1000} s of the database starting`],
      };
    },
  };
}

export const probeOutage = { prepare };
