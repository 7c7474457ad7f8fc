// One Lighthouse run of one page, in Lighthouse's default mode: a mobile phone on a throttled
// network and CPU, simulated (Lantern), as PageSpeed Insights runs it. Only the four category
// scores and the audits that cost a point are kept; the whole report is saved for a closer look.
import { writeFileSync } from 'node:fs';
import lighthouse, { type Flags } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number>;

export type LighthouseRun = {
  scores: Scores;
  /** Audit ids scoring below 1 in accessibility and best practices, e.g. "color-contrast". */
  failing: Partial<Record<Category, string[]>>;
  /** Timings (ms) that explain a performance score. */
  metrics: { fcp: number; lcp: number; tbt: number };
  /** Audits Lighthouse could not run, with the root of its reason (none weigh in a score, or it would have none). */
  errored: { id: string; reason: string }[];
  /** Lighthouse's measure of how fast this machine ran the page's JS just now; higher is faster. */
  benchmarkIndex: number;
  version: string;
};

/** Runs Lighthouse on `url` in the Chromium at `port`; `headers` go with every request (a session cookie). */
export async function runLighthouse(
  url: string,
  port: number,
  headers: Record<string, string>,
  reportFile: string,
): Promise<LighthouseRun> {
  const flags: Flags = {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...CATEGORIES],
    extraHeaders: headers,
  };
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  writeFileSync(reportFile, JSON.stringify(lhr));
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not test ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  // A signed-in page answers a lost session with a redirect to sign-in: that page must not be scored instead.
  const landed = new URL(lhr.mainDocumentUrl ?? url).pathname;
  if (landed !== new URL(url).pathname) throw new Error(`Lighthouse was redirected from ${url} to ${landed}`);
  const score = (id: Category): number => {
    const value = lhr.categories[id]?.score;
    if (typeof value !== 'number') throw new Error(`Lighthouse gave ${url} no ${id} score (see ${reportFile})`);
    return value;
  };
  const failing: LighthouseRun['failing'] = {};
  for (const id of ['accessibility', 'best-practices'] as const) {
    failing[id] = (lhr.categories[id]?.auditRefs ?? [])
      .filter(
        (ref) => ref.weight > 0 && typeof lhr.audits[ref.id]?.score === 'number' && lhr.audits[ref.id]!.score! < 1,
      )
      .map((ref) => ref.id);
  }
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    failing,
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
    },
    errored: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      // "Required X gatherer encountered an error: Dependency "Y" failed with exception: <root>" → <root>
      .map((audit) => ({
        id: audit.id,
        reason: (audit.errorMessage ?? 'no reason given').split(/(?:error|exception): /).pop()!,
      })),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    version: lhr.lighthouseVersion,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
