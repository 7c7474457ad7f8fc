import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Response } from '@/lib/grading/response';
import type { CallOptions, SaveResult } from '@/components/api/client';
import { SaveQueue, type SaveStatus } from './save-queue';
import { openPendingStore, type KeyValueStorage, type PendingStore } from './pending-answers';

type Call = {
  questionId: string;
  response: Response;
  key: string;
  options: CallOptions;
  settle: (r: SaveResult) => void;
};

/** A save function whose calls stay open until the test settles them. */
function harness(pending?: PendingStore, keyPrefix = 'key') {
  const calls: Call[] = [];
  const statuses: SaveStatus['state'][] = [];
  const waiting: number[] = [];
  let keys = 0;
  const queue = new SaveQueue({
    save: (questionId, response, key, options) =>
      new Promise<SaveResult>((settle) => calls.push({ questionId, response, key, options, settle })),
    onStatus: (s) => statuses.push(s.state),
    onWaiting: (n) => waiting.push(n),
    newKey: () => `${keyPrefix}-${++keys}`,
    debounceMs: 500,
    pending,
  });
  const ok = (call: Call): SaveResult => ({
    ok: true,
    answer: { questionId: call.questionId, response: call.response, revision: 1, tries: 1 },
  });
  return { queue, calls, statuses, waiting, ok };
}

/** The device's storage, shared by every page (queue) opened on it. */
function device() {
  const items = new Map<string, string>();
  const storage: KeyValueStorage = {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
  return { items, open: () => openPendingStore(storage, 'ana', 'attempt-1') };
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

describe('SaveQueue with answers kept on the device', () => {
  it('keeps a change with its key from the moment it is made, and forgets it once acknowledged', async () => {
    const disk = device();
    const { queue, calls, ok } = harness(disk.open(), 'saved-key');
    queue.change('q1', text('a'));
    // Before the debounce has even run out, a closed tab would keep it.
    expect(disk.open().list()).toEqual([{ questionId: 'q1', response: text('a'), key: 'saved-key-1' }]);
    const flushing = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[0]!.key).toBe('saved-key-1');
    calls[0]!.settle(ok(calls[0]!));
    await flushing;
    expect(disk.open().list()).toEqual([]);
    expect(disk.items.size).toBe(0);
  });

  it('after a reload, sends what the last page left with the same keys, and shows those answers', async () => {
    const disk = device();
    const before = harness(disk.open(), 'saved-key');
    before.queue.change('q1', text('first'));
    before.queue.change('q2', text('second'));
    void before.queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    // Offline: the saves never come back. The page is reloaded.
    expect(before.calls.map((c) => c.key)).toEqual(['saved-key-1', 'saved-key-2']);

    const after = harness(disk.open(), 'reloaded');
    const restored = after.queue.resume();
    expect(restored.map((a) => [a.questionId, a.response])).toEqual([
      ['q1', text('first')],
      ['q2', text('second')],
    ]);
    await vi.advanceTimersByTimeAsync(0);
    // The same keys: a save that did reach the server before the reload is not recorded twice.
    expect(after.calls.map((c) => [c.questionId, c.key])).toEqual([
      ['q1', 'saved-key-1'],
      ['q2', 'saved-key-2'],
    ]);
    expect(after.queue.waiting()).toBe(2);
    for (const call of after.calls) call.settle(after.ok(call));
    await vi.advanceTimersByTimeAsync(0);
    expect(after.queue.waiting()).toBe(0);
    expect(after.waiting).toEqual([2, 1, 0]);
    expect(disk.open().list()).toEqual([]);
    // Resuming again (React runs effects twice in development) sends nothing more.
    expect(after.queue.resume()).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(after.calls).toHaveLength(2);
  });

  it('a change made on the new page before resuming wins over the kept one', async () => {
    const disk = device();
    disk.open().put({ questionId: 'q1', response: text('old'), key: 'old-saved-key-1' });
    const { queue, calls } = harness(disk.open(), 'saved-key');
    queue.change('q1', text('new'));
    queue.resume();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls.map((c) => [c.response, c.key])).toEqual([[text('new'), 'saved-key-1']]);
    expect(
      disk
        .open()
        .list()
        .map((a) => a.key),
    ).toEqual(['saved-key-1']);
  });

  it('forgets the kept answers when the attempt is closed (time up), and counts them as refused', async () => {
    const disk = device();
    const { queue, calls } = harness(disk.open(), 'saved-key');
    queue.change('q1', text('a'));
    queue.change('q2', text('b'));
    void queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.settle({ ok: false, status: 409, message: 'Time is up for this attempt' });
    calls[1]!.settle({ ok: false, status: 409, message: 'Time is up for this attempt' });
    await vi.advanceTimersByTimeAsync(0);
    expect(disk.open().list()).toEqual([]);
    expect(queue.waiting()).toBe(0);
    expect(queue.refused()).toBe(2);
  });

  it('keeps them, and stops sending, when the browser is now signed in as someone else (404)', async () => {
    const disk = device();
    const { queue, calls } = harness(disk.open(), 'saved-key');
    queue.change('q1', text('a'));
    queue.change('q2', text('b'));
    void queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.settle({ ok: false, status: 404, message: 'No such attempt.' });
    calls[1]!.settle({ ok: false, status: 404, message: 'No such attempt.' });
    await vi.advanceTimersByTimeAsync(0);
    queue.change('q3', text('c'));
    expect(await queue.flush()).toMatchObject({ ok: false, status: 404 });
    // Nothing new was sent after the refusal.
    expect(calls).toHaveLength(2);
    expect(
      disk
        .open()
        .list()
        .map((a) => a.questionId)
        .sort(),
    ).toEqual(['q1', 'q2', 'q3']);
    expect(queue.refused()).toBe(0);
  });

  it('drops an answer the server refuses for good (400), keeping the others', async () => {
    const disk = device();
    const { queue, calls, ok } = harness(disk.open(), 'saved-key');
    queue.change('q1', text('bad'));
    queue.change('q2', text('good'));
    void queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.settle({ ok: false, status: 400, message: 'Bad answer' });
    await vi.advanceTimersByTimeAsync(0);
    expect(
      disk
        .open()
        .list()
        .map((a) => a.questionId),
    ).toEqual(['q2']);
    calls[1]!.settle(ok(calls[1]!));
    await vi.advanceTimersByTimeAsync(0);
    expect(disk.open().list()).toEqual([]);
  });
});
