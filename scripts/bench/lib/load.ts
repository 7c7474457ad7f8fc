// Closed-loop load: each simulated user keeps exactly one request in flight, sending the next as
// soon as the previous one is answered, until the phase's time is up. Requests already in flight
// at the deadline are finished and counted; throughput is over the time until the last one ends.
import { performance } from 'node:perf_hooks';

/** One request's outcome: `error` is set for a non-2xx answer or a network failure. */
export type Outcome = { ms: number; error?: string };

export type PhaseStats = {
  requests: number;
  errors: number;
  /** Error descriptions ("HTTP 500", "ECONNRESET", …) with how often each happened. */
  errorKinds: Map<string, number>;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
};

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function runPhase<U>(
  users: U[],
  seconds: number,
  step: (user: U) => Promise<Outcome>,
): Promise<PhaseStats> {
  const latencies: number[] = [];
  const errorKinds = new Map<string, number>();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    users.map(async (user) => {
      while (performance.now() < deadline) {
        const outcome = await step(user);
        latencies.push(outcome.ms);
        if (outcome.error) errorKinds.set(outcome.error, (errorKinds.get(outcome.error) ?? 0) + 1);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors: [...errorKinds.values()].reduce((n, c) => n + c, 0),
    errorKinds,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** Runs `task` over `items` with at most `limit` running at once; rejects on the first failure. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A plain-text table: first row the header, columns after the first right-aligned. */
export function textTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}
