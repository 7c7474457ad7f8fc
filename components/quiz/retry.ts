// The backoff schedule and a cancellable wait, kept apart from fetch so the timing can be tested
// with fake timers.

const SCHEDULE_MS = [500, 1000, 2000, 4000];
const STEADY_MS = 5000;

/** How long to wait before retry number `retry` (0 for the first retry). */
export function retryDelayMs(retry: number): number {
  return SCHEDULE_MS[retry] ?? STEADY_MS;
}

export class AbortedError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'AbortedError';
  }
}

/**
 * Resolves after `ms`, or early when `wake` fires 'online' (the connection is back: no reason to
 * wait out the backoff), or rejects with AbortedError as soon as the signal aborts.
 */
export function sleep(ms: number, signal?: AbortSignal, wake?: EventTarget): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError());
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      wake?.removeEventListener('online', onOnline);
    };
    const onAbort = () => {
      done();
      reject(new AbortedError());
    };
    const onOnline = () => {
      done();
      resolve();
    };
    const timer = setTimeout(onOnline, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    wake?.addEventListener('online', onOnline, { once: true });
  });
}
