import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AbortedError, retryDelayMs, sleep } from './retry';

describe('retryDelayMs', () => {
  it('backs off 0.5s, 1s, 2s, 4s, then waits 5s each time', () => {
    expect([0, 1, 2, 3, 4, 5, 50].map(retryDelayMs)).toEqual([500, 1000, 2000, 4000, 5000, 5000, 5000]);
  });
});

describe('sleep', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves after the delay and not before', async () => {
    let isDone = false;
    void sleep(1000).then(() => (isDone = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(isDone).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(isDone).toBe(true);
  });

  it('rejects at once when its signal aborts', async () => {
    const controller = new AbortController();
    const waiting = sleep(5000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(AbortedError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves early when the connection comes back', async () => {
    const connection = new EventTarget();
    let isDone = false;
    void sleep(5000, undefined, connection).then(() => (isDone = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(isDone).toBe(false);
    connection.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
