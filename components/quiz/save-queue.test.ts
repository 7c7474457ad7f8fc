import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Response } from '@/lib/grading/response';
import type { CallOptions, SaveResult } from '@/components/api/client';
import { SaveQueue, type SaveStatus } from './save-queue';

type Call = {
  questionId: string;
  response: Response;
  key: string;
  options: CallOptions;
  settle: (r: SaveResult) => void;
};

/** A save function whose calls stay open until the test settles them. */
function harness() {
  const calls: Call[] = [];
  const statuses: SaveStatus['state'][] = [];
  let keys = 0;
  const queue = new SaveQueue({
    save: (questionId, response, key, options) =>
      new Promise<SaveResult>((settle) => calls.push({ questionId, response, key, options, settle })),
    onStatus: (s) => statuses.push(s.state),
    newKey: () => `key-${++keys}`,
    debounceMs: 500,
  });
  const ok = (call: Call): SaveResult => ({
    ok: true,
    answer: { questionId: call.questionId, response: call.response, revision: 1, tries: 1 },
  });
  return { queue, calls, statuses, ok };
}

const text = (t: string): Response => ({ type: 'fill-blank', text: t });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SaveQueue', () => {
  it('waits for a pause in typing, then saves only the latest answer', async () => {
    const { queue, calls } = harness();
    queue.change('q1', text('P'));
    await vi.advanceTimersByTimeAsync(300);
    queue.change('q1', text('Pa'));
    await vi.advanceTimersByTimeAsync(300);
    queue.change('q1', text('Pact'));
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.response)).toEqual([text('Pact')]);
  });

  it('flush sends at once and resolves when the server has the answer', async () => {
    const { queue, calls, ok } = harness();
    queue.change('q1', text('a'));
    let isFlushed = false;
    const flushing = queue.flush().then((r) => {
      isFlushed = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(isFlushed).toBe(false);
    calls[0]!.settle(ok(calls[0]!));
    expect(await flushing).toEqual({ ok: true });
    expect(queue.hasUnsaved()).toBe(false);
    // The debounce timer was cancelled: nothing is sent twice.
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
  });

  it('keeps one save per question on the wire; a later change follows with its own key', async () => {
    const { queue, calls, ok } = harness();
    queue.change('q1', text('first'));
    await vi.advanceTimersByTimeAsync(500);
    queue.change('q1', text('second'));
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(1);
    calls[0]!.settle(ok(calls[0]!));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => [c.response, c.key])).toEqual([
      [text('first'), 'key-1'],
      [text('second'), 'key-2'],
    ]);
  });

  it('saves different questions independently', async () => {
    const { queue, calls } = harness();
    queue.change('q1', text('a'));
    queue.change('q2', text('b'));
    void queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.questionId).sort()).toEqual(['q1', 'q2']);
  });

  it('flush of a whole attempt waits for a change made while an earlier save was under way', async () => {
    const { queue, calls, ok } = harness();
    queue.change('q1', text('first'));
    await vi.advanceTimersByTimeAsync(500);
    queue.change('q1', text('second'));
    const flushing = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.settle(ok(calls[0]!));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    calls[1]!.settle(ok(calls[1]!));
    expect(await flushing).toEqual({ ok: true });
  });

  it('says saving, then retrying while the save function retries, then saved', async () => {
    const { queue, calls, statuses, ok } = harness();
    queue.change('q1', text('a'));
    await vi.advanceTimersByTimeAsync(500);
    calls[0]!.options.onRetry?.({ retry: 0, delayMs: 500, reason: 'HTTP 503' });
    expect(queue.status().state).toBe('retrying');
    calls[0]!.settle(ok(calls[0]!));
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['saving', 'retrying', 'saved']);
  });

  it('reports a refusal from flush and in its status, and clears it on the next change', async () => {
    const { queue, calls } = harness();
    queue.change('q1', text('a'));
    const flushing = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.settle({ ok: false, status: 400, message: 'Bad answer' });
    expect(await flushing).toEqual({ ok: false, status: 400, message: 'Bad answer' });
    expect(queue.status()).toEqual({ state: 'error', status: 400, message: 'Bad answer' });
    queue.change('q1', text('b'));
    expect(queue.status().state).toBe('saving');
  });

  it.each([
    [409, 'Already submitted'],
    [403, 'You are no longer on this class’s roster'],
  ])(
    'stops saving after a %i (submitted elsewhere, or removed from the class) and no longer counts changes as unsaved',
    async (status, message) => {
      const { queue, calls } = harness();
      queue.change('q1', text('a'));
      void queue.flush();
      await vi.advanceTimersByTimeAsync(0);
      calls[0]!.settle({ ok: false, status, message });
      await vi.advanceTimersByTimeAsync(0);
      queue.change('q2', text('b'));
      expect(await queue.flush()).toMatchObject({ ok: false, status, message });
      expect(calls).toHaveLength(1);
      expect(queue.hasUnsaved()).toBe(false);
    },
  );
});
