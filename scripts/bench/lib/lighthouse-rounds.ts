// Lighthouse on every page, `runs` times, interleaved with the bare page: page A, bare, page B,
// bare, … and again. On a shared machine the load drifts over minutes; interleaving makes each page
// and its baseline see the same drift, and the median of the runs damps the rest.
import path from 'node:path';
import { withHeadlessChromium } from './headless-chromium';
import { runLighthouse, type LighthouseRun } from './lighthouse';

export type LighthousePage = { label: string; url: string; headers: Record<string, string> };

export type LighthouseResults = {
  /** Each page's runs, by label. */
  runs: Map<string, LighthouseRun[]>;
  /** The bare runs made right after each page's runs, by that page's label. */
  bareAfter: Map<string, LighthouseRun[]>;
  bare: LighthouseRun[];
  version: string;
};

export async function runLighthouseRounds(
  pages: LighthousePage[],
  bare: LighthousePage,
  options: {
    runs: number;
    chromiumPort: number;
    chromiumLog: string;
    reportDir: string;
    progress: (line: string) => void;
  },
): Promise<LighthouseResults> {
  const results: LighthouseResults = { runs: new Map(), bareAfter: new Map(), bare: [], version: '' };
  const push = (map: Map<string, LighthouseRun[]>, key: string, run: LighthouseRun) =>
    map.set(key, [...(map.get(key) ?? []), run]);
  const once = async (page: LighthousePage, round: number) => {
    const report = path.join(options.reportDir, `${page.label}-${round}.json`);
    options.progress(`Lighthouse ${round}/${options.runs}: ${page.label} ${page.url}…`);
    // Lighthouse 12.2.3 sometimes fails to record Chromium 156's trace (NO_NAVSTART, NO_FCP): that
    // run says nothing about the page, so it is made again in a new browser, up to twice.
    for (let attempt = 1; ; attempt++) {
      try {
        return await withHeadlessChromium(options.chromiumPort, options.chromiumLog, (port) =>
          runLighthouse(page.url, port, page.headers, report),
        );
      } catch (error) {
        const message = (error as Error).message;
        if (attempt > 2 || !/NO_NAVSTART|NO_FCP|NO_LCP|PROTOCOL_TIMEOUT/.test(message)) throw error;
        options.progress(`  (again: ${message.split(':').slice(1).join(':').trim().slice(0, 80)})`);
      }
    }
  };
  for (let round = 1; round <= options.runs; round++) {
    for (const page of pages) {
      push(results.runs, page.label, await once(page, round));
      const baseline = await once({ ...bare, label: `${bare.label}-after-${page.label}` }, round);
      push(results.bareAfter, page.label, baseline);
      results.bare.push(baseline);
      results.version = baseline.version;
    }
  }
  return results;
}
