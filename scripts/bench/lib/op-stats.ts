// Summaries of a burst's operations by kind: how many, how fast the server got through them, their
// latency percentiles and how many were never acknowledged. Throughput is operations over the span
// from the first one's start to the last one's end, since a burst has no fixed duration.
import { percentile } from './load';
import type { OpKind, OpRecord } from './student';

export type OpStats = {
  ops: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  retried: number;
};

function spanOf(ops: readonly OpRecord[]): number {
  return ops.length === 0 ? 0 : Math.max(...ops.map((op) => op.endedAt)) - Math.min(...ops.map((op) => op.startedAt));
}

/**
 * Stats of one kind of operation. With `rounds`, the operations of each round are given apart:
 * latencies are pooled, and throughput is over the sum of the rounds' spans (not the time between).
 */
export function opStats(ops: readonly OpRecord[], kind: OpKind, rounds?: readonly (readonly OpRecord[])[]): OpStats {
  const mine = ops.filter((op) => op.kind === kind);
  const sorted = Float64Array.from(mine.map((op) => op.endedAt - op.startedAt)).sort();
  const span = rounds ? rounds.reduce((sum, r) => sum + spanOf(r.filter((op) => op.kind === kind)), 0) : spanOf(mine);
  return {
    ops: mine.length,
    perSecond: span > 0 ? mine.length / (span / 1000) : Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: mine.filter((op) => !op.ok).length,
    retried: mine.filter((op) => op.tries > 1).length,
  };
}

export const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export const STATS_HEADER = ['backend', 'phase', 'ops', 'ops/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'retried'];

export function statsRow(backend: string, phase: string, s: OpStats): string[] {
  return [
    backend,
    phase,
    String(s.ops),
    fixed(s.perSecond, 1),
    fixed(s.p50),
    fixed(s.p95),
    fixed(s.p99),
    String(s.errors),
    String(s.retried),
  ];
}

/** The app's numbers as multiples of the no-op route's in the same run. */
export function ratioRow(backend: string, phase: string, app: OpStats, floor: OpStats): string[] {
  const r = (a: number, b: number) => (b > 0 ? `${fixed(a / b, 2)}×` : '–');
  return [
    backend,
    `${phase} ÷ floor`,
    '',
    r(app.perSecond, floor.perSecond),
    r(app.p50, floor.p50),
    r(app.p95, floor.p95),
    r(app.p99, floor.p99),
    '',
    '',
  ];
}

/** The targets for saves and submits: p95 under 500 ms, p99 under 2 s, no errors. */
export function targetVerdict(s: OpStats): string {
  const misses = [
    s.p95 >= 500 ? `p95 ${fixed(s.p95)} ms ≥ 500` : '',
    s.p99 >= 2000 ? `p99 ${fixed(s.p99)} ms ≥ 2000` : '',
    s.errors > 0 ? `${s.errors} errors` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return misses ? `NOT met (${misses})` : 'met';
}
