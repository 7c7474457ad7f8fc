import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerView, AttemptView } from '@/lib/attempts/views';
import { saveAnswer, submitAttempt } from './client';

const answer: AnswerView = { questionId: 'q1', response: { type: 'true-false', value: true }, revision: 1, tries: 1 };
const attempt: AttemptView = {
  id: 'a1',
  kind: 'quiz',
  status: 'submitted',
  title: 'Quiz',
  courseId: 'c',
  moduleId: null,
  canRetake: false,
  questions: [],
  answers: [],
  result: { score: 0, max: 0, objectives: [], submittedAt: '2025-01-01T00:00:00Z', unanswered: {} },
};

type Step = { status: number; body: unknown } | 'network-error' | 'hang';

/** A fetch that plays the given replies in turn and records every request it was given. */
function scriptedFetch(steps: Step[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const step = steps.shift() ?? 'network-error';
    if (step === 'network-error') throw new TypeError('Failed to fetch');
    if (step === 'hang') {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    }
    return new Response(JSON.stringify(step.body), {
      status: step.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  return { fetchImpl: fetchImpl as unknown as typeof fetch, calls };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('saveAnswer', () => {
  it('retries network errors and 5xx with backoff, sending the same key and body each time', async () => {
    const { fetchImpl, calls } = scriptedFetch([
      'network-error',
      { status: 503, body: { error: 'busy' } },
      { status: 200, body: { answer } },
    ]);
    const delays: number[] = [];
    const result = saveAnswer('a1', 'q1', { type: 'true-false', value: true }, 'key-12345678', {
      fetchImpl,
      onRetry: (info) => delays.push(info.delayMs),
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await result).toEqual({ ok: true, answer });
    expect(delays).toEqual([500, 1000]);
    expect(calls.map((c) => c.url)).toEqual(Array(3).fill('/api/attempts/a1/answers/q1'));
    expect(new Set(calls.map((c) => c.init.body)).size).toBe(1);
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      response: { type: 'true-false', value: true },
      idempotencyKey: 'key-12345678',
    });
    expect(calls[0]!.init.method).toBe('PUT');
  });

  it('stops at a 4xx and returns its message', async () => {
    const { fetchImpl, calls } = scriptedFetch([
      { status: 400, body: { error: 'answers are at most 200 characters' } },
    ]);
    const result = await saveAnswer('a1', 'q1', { type: 'fill-blank', text: 'x' }, 'key-12345678', { fetchImpl });
    expect(result).toEqual({ ok: false, status: 400, message: 'answers are at most 200 characters' });
    expect(calls).toHaveLength(1);
  });

  it('reports 409 (already submitted) as a failure without retrying', async () => {
    const { fetchImpl, calls } = scriptedFetch([
      { status: 409, body: { error: 'This attempt was already submitted.' } },
    ]);
    const result = await saveAnswer('a1', 'q1', { type: 'true-false', value: false }, 'key-12345678', { fetchImpl });
    expect(result).toMatchObject({ ok: false, status: 409 });
    expect(calls).toHaveLength(1);
  });

  it('retries 429 and a request that times out', async () => {
    const { fetchImpl, calls } = scriptedFetch([
      { status: 429, body: { error: 'slow down' } },
      'hang',
      { status: 200, body: { answer } },
    ]);
    const result = saveAnswer('a1', 'q1', { type: 'true-false', value: true }, 'key-12345678', {
      fetchImpl,
      timeoutMs: 3000,
    });
    await vi.advanceTimersByTimeAsync(500 + 3000 + 1000);
    expect(await result).toEqual({ ok: true, answer });
    expect(calls).toHaveLength(3);
  });

  it('keeps going past the schedule every 5 seconds until the server answers', async () => {
    const { fetchImpl, calls } = scriptedFetch([...Array(6).fill('network-error'), { status: 200, body: { answer } }]);
    const result = saveAnswer('a1', 'q1', { type: 'true-false', value: true }, 'key-12345678', { fetchImpl });
    await vi.advanceTimersByTimeAsync(500 + 1000 + 2000 + 4000 + 5000 + 4999);
    expect(calls).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({ ok: true, answer });
  });

  it('stops when cancelled and says so with status 0', async () => {
    const { fetchImpl } = scriptedFetch(['network-error', 'network-error']);
    const controller = new AbortController();
    const result = saveAnswer('a1', 'q1', { type: 'true-false', value: true }, 'key-12345678', {
      fetchImpl,
      signal: controller.signal,
    });
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await result).toMatchObject({ ok: false, status: 0 });
  });
});

describe('submitAttempt', () => {
  it('returns the submitted attempt', async () => {
    const { fetchImpl, calls } = scriptedFetch([{ status: 200, body: { attempt } }]);
    expect(await submitAttempt('a1', { fetchImpl })).toEqual({ ok: true, attempt, wasAlreadySubmitted: false });
    expect(calls[0]).toMatchObject({ url: '/api/attempts/a1/submit', init: { method: 'POST' } });
  });

  it('treats 409 with the attempt as already submitted, so its results can be shown', async () => {
    const { fetchImpl } = scriptedFetch([{ status: 409, body: { error: 'Already submitted.', attempt } }]);
    expect(await submitAttempt('a1', { fetchImpl })).toEqual({ ok: true, attempt, wasAlreadySubmitted: true });
  });

  it('returns other 4xx as failures', async () => {
    const { fetchImpl } = scriptedFetch([{ status: 404, body: { error: 'Attempt not found.' } }]);
    expect(await submitAttempt('a1', { fetchImpl })).toEqual({ ok: false, status: 404, message: 'Attempt not found.' });
  });

  it('retries a 2xx whose body is not an attempt', async () => {
    const { fetchImpl, calls } = scriptedFetch([
      { status: 200, body: { nope: true } },
      { status: 200, body: { attempt } },
    ]);
    const result = submitAttempt('a1', { fetchImpl });
    await vi.advanceTimersByTimeAsync(500);
    expect(await result).toMatchObject({ ok: true });
    expect(calls).toHaveLength(2);
  });
});
