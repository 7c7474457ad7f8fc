// The Lighthouse table and the targets from our issue: accessibility and best practices 1.00 on
// every Sourcewise page, performance within 0.03 of the bare Next.js page. Scores are Lighthouse's
// 0–1; each is the median of the runs. Performance is compared run by run with the bare run made
// right after it, so load on the machine moves both sides of each difference alike.
import { median, type Category, type LighthouseRun } from './lighthouse';
import { kb, table } from './report';

export const TARGETS = { accessibility: 1, 'best-practices': 1, performanceGap: 0.03 };

export type LighthouseRow = {
  label: string;
  path: string;
  target: 'app' | 'bare';
  /** Gzipped bytes of external JS, from the weight measurement. */
  jsGz: number;
  runs: LighthouseRun[];
  /** For an app page: the bare run made right after each of its runs. */
  bareRuns: LighthouseRun[];
};

const medianOf = (runs: LighthouseRun[], category: Category) => median(runs.map((r) => r.scores[category]));
const fixed = (n: number) => n.toFixed(2);
// Hundredths as a signed score; with an even number of runs a median can fall halfway, so 3 decimals.
const signedPoints = (p: number) => `${p >= 0 ? '+' : ''}${(p / 100).toFixed(Number.isInteger(p) ? 2 : 3)}`;

// Lighthouse rounds category scores to hundredths; differences are taken in whole hundredths, or
// 0.95 − 0.98 would come out as −0.0300000000000000027 and miss a "within 0.03" target.
const points = (score: number) => Math.round(score * 100);

/** Median of (page − bare) over paired runs, in hundredths. */
function performanceGapPoints(row: LighthouseRow): number {
  return median(row.runs.map((run, i) => points(run.scores.performance) - points(row.bareRuns[i]!.scores.performance)));
}

function formatLighthouseTable(rows: LighthouseRow[]): string {
  const header = ['page', 'performance', 'accessibility', 'best-practices', 'SEO', 'JS gz KB', 'perf vs bare'];
  const body = rows.map((row) => [
    `${row.label} ${row.path}`,
    fixed(medianOf(row.runs, 'performance')),
    fixed(medianOf(row.runs, 'accessibility')),
    fixed(medianOf(row.runs, 'best-practices')),
    fixed(medianOf(row.runs, 'seo')),
    kb(row.jsGz),
    row.target === 'bare' ? '(baseline)' : signedPoints(performanceGapPoints(row)),
  ]);
  return table([header, ...body], [false, true, true, true, true, true, true]);
}

/** Which audits cost points, with in how many of the runs: "color-contrast (3/3)". */
function failingAudits(runs: LighthouseRun[], category: Category): string {
  const counts = new Map<string, number>();
  for (const run of runs) for (const id of run.failing[category] ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, n]) => `${id} (${n}/${runs.length})`).join(', ') || 'no failing audit';
}

const timings = (runs: LighthouseRun[]) =>
  `FCP ${Math.round(median(runs.map((r) => r.metrics.fcp)))} ms, LCP ${Math.round(median(runs.map((r) => r.metrics.lcp)))} ms, TBT ${Math.round(median(runs.map((r) => r.metrics.tbt)))} ms`;

/** One PASS/FAIL line per target and page; ok only when every target is met on every page. */
function formatLighthouseVerdict(rows: LighthouseRow[]): { text: string; ok: boolean } {
  let ok = true;
  const lines: string[] = [];
  for (const row of rows.filter((r) => r.target === 'app')) {
    const name = `${row.label} ${row.path}`;
    for (const category of ['accessibility', 'best-practices'] as const) {
      const score = medianOf(row.runs, category);
      const pass = score >= TARGETS[category];
      if (!pass) ok = false;
      const why = pass ? '' : `; costing points: ${failingAudits(row.runs, category)}`;
      lines.push(
        `${pass ? 'PASS' : 'FAIL'}  ${name}: ${category} ${fixed(score)}, target ${fixed(TARGETS[category])}${why}`,
      );
    }
    const gap = performanceGapPoints(row);
    const pass = gap >= -points(TARGETS.performanceGap);
    if (!pass) ok = false;
    const detail = `page ${timings(row.runs)}; bare ${timings(row.bareRuns)}`;
    lines.push(
      `${pass ? 'PASS' : 'FAIL'}  ${name}: performance ${signedPoints(gap)} against the bare page, target within ${fixed(TARGETS.performanceGap)} (${detail})`,
    );
  }
  // An errored audit weighs nothing in its category's score, but say so rather than hide it.
  const errored = new Map<string, Set<string>>();
  for (const run of rows.flatMap((row) => [...row.runs, ...row.bareRuns])) {
    for (const { id, reason } of run.errored) errored.set(reason, (errored.get(reason) ?? new Set()).add(id));
  }
  for (const [reason, ids] of errored)
    lines.push(`Note: Lighthouse could not run ${[...ids].join(', ')} (they weigh nothing in the scores): ${reason}`);
  // A Set: the bare row's runs are the app rows' bare runs too.
  lines.push(machineNote([...new Set(rows.flatMap((row) => row.runs.concat(row.bareRuns)))]));
  return { text: lines.join('\n'), ok };
}

/** How steady the machine was: Lighthouse scales CPU time it observes, so a busy machine moves the scores. */
function machineNote(runs: LighthouseRun[]): string {
  const speeds = runs.map((r) => r.benchmarkIndex).sort((a, b) => a - b);
  const [slowest, fastest] = [speeds[0]!, speeds.at(-1)!];
  const note = `Machine speed over the runs (Lighthouse benchmark index, higher is faster): ${Math.round(slowest)}–${Math.round(fastest)}, median ${Math.round(median(speeds))}.`;
  return slowest * 2 < fastest
    ? `${note}\nWarning: it varied more than 2×, so other work on this machine moved the performance scores; rerun when it is quieter, or with more --runs.`
    : note;
}

/** The Lighthouse part of the output: what was run, the table, the verdict lines. */
export function formatLighthouseSection(
  rows: LighthouseRow[],
  about: { version: string; runs: number; reports: string },
): { text: string; ok: boolean } {
  const verdict = formatLighthouseVerdict(rows);
  const text = [
    `Lighthouse ${about.version}, mobile (default throttling): median of ${about.runs} run(s) per page, scores 0–1.`,
    'perf vs bare = median over the runs of (page − the bare run made right after it).',
    `Reports: ${about.reports}/<page>-<run>.json`,
    '',
    formatLighthouseTable(rows),
    '',
    verdict.text,
  ].join('\n');
  return { text, ok: verdict.ok };
}
