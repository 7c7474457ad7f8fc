// npm run bench:pages – what a first visit to each page costs, against a bare Next.js app built
// with the same Next and React: the JS it downloads, and Lighthouse's scores (mobile,
// Lighthouse's default throttling). Comparing with that floor rather than with absolute numbers
// keeps the budget about what Sourcewise adds, not about framework upgrades or this machine.
//
//   npm run bench:pages -- [--runs 3]     (Lighthouse runs per page; the median counts)
//   npm run bench:pages -- --tiny         (npm test: every page weighed, Lighthouse once on the lesson
//                                          and the bare page; fails only if the benchmark breaks)
//
// Both apps are built only when stale: the app into the bench build every benchmark shares
// (lib/bench-build.ts), the bare app when its files or the Next and React versions change.
//
// Budget: a lesson page should add no more than 10 KB of JS over the bare Next.js floor. Targets
// (lighthouse-report.ts): accessibility and best practices 1.00 on every page Lighthouse tests,
// performance within 0.03 of the bare page. Exit codes: 0 all met, 1 one is missed (usable as a CI
// gate), 2 the benchmark itself failed. A tiny run prints the verdicts but answers 0 when it ran: one
// Lighthouse run on a machine busy with the rest of npm test says nothing about performance.
// Progress goes to stderr, the tables and verdicts to stdout.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BARE_APP_FILES, writeBareApp } from './lib/bare-app';
import { isBuildCurrent, writeBuildStamp } from '../lib/build-stamp';
import { BENCH_DIST_DIR, ensureBenchBuild, fingerprintOf } from './lib/bench-build';
import { createBenchDatabase, type BenchDatabase } from './lib/bench-database';
import { formatLighthouseSection, type LighthouseRow } from './lib/lighthouse-report';
import { runLighthouseRounds } from './lib/lighthouse-rounds';
import { measurePage, sum } from './lib/measure';
import { findFreePort, killAllNow, runNext, startNext, stopAll, waitUntilAnswers } from './lib/processes';
import { formatTable, formatVerdict, type Measured } from './lib/report';
import { prepareSignedInPages } from './lib/signed-in-pages';

const BUDGET_KB = 10;
const HOST = '127.0.0.1'; // loopback only: nothing outside this machine should reach the bench servers
const FIRST_PORT = 5600; // this bench's ports are 5600–5699, clear of the other benches and test servers
const ROOT = process.cwd();
// Relative to the repo, as next.config.js reads it; never the default .next, which `npm start` owns.
const APP_DIST = BENCH_DIST_DIR;
const BARE_DIR = path.resolve('.bench/bare');
const LOGS = path.resolve('.bench/logs');
// Every Lighthouse report of the last run, as JSON (open one in https://googlechrome.github.io/lighthouse/viewer/).
const REPORTS = path.resolve('.bench/lighthouse');

type Target = 'app' | 'bare';
type Page = { label: string; path: string; target: Target; gated: boolean; lighthouse: boolean; cookie?: string };
// The lesson is what the JS budget gates; the other pages are shown against the same budget for context.
// The signed-in pages (a quiz in progress, the dashboard, the gradebook) are added once their users exist.
const PUBLIC_PAGES: Page[] = [
  { label: 'home', path: '/', target: 'app', gated: false, lighthouse: true },
  { label: 'course', path: '/courses/nk-russia-pact', target: 'app', gated: false, lighthouse: false },
  { label: 'lesson', path: '/courses/nk-russia-pact/the-pact', target: 'app', gated: true, lighthouse: true },
  { label: 'article', path: '/articles/nk-russia-pact', target: 'app', gated: false, lighthouse: false },
];
const BARE_PAGE: Page = { label: 'bare', path: '/', target: 'bare', gated: false, lighthouse: true };

const progress = (line: string) => console.error(line);
const log = (name: string) => path.join(LOGS, `${name}.log`);

function options(): { runs: number; isTiny: boolean } {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, tiny: { type: 'boolean', default: false } },
    strict: true,
  });
  const runs = values.tiny ? 1 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1 (got "${values.runs}")`);
  return { runs, isTiny: values.tiny };
}

// Removed in the finally below, whatever happens.
let database: BenchDatabase | undefined;

async function buildBoth(): Promise<void> {
  await ensureBenchBuild(log('app-build'), progress);
  const bareDist = path.join(BARE_DIR, '.next');
  const bareFingerprint = fingerprintOf(BARE_APP_FILES);
  if (existsSync(path.join(BARE_DIR, 'node_modules')) && isBuildCurrent(bareDist, bareFingerprint)) {
    progress(`The bare Next.js app's build in ${path.relative(ROOT, BARE_DIR)} is current.`);
    return;
  }
  writeBareApp(BARE_DIR);
  progress(
    `Building the bare Next.js app… (in ${path.relative(ROOT, BARE_DIR)}; log ${path.relative(ROOT, log('bare-build'))})`,
  );
  await runNext('bare build', ['build'], BARE_DIR, {}, log('bare-build'));
  writeBuildStamp(bareDist, bareFingerprint);
}

async function startServers(databaseUrl: string): Promise<Record<Target, string>> {
  // Unusual ports, and checked free first, so we never measure some other server by mistake.
  const appPort = await findFreePort(FIRST_PORT, HOST);
  const barePort = await findFreePort(FIRST_PORT + 1, HOST, [appPort]);
  const origin: Record<Target, string> = { app: `http://${HOST}:${appPort}`, bare: `http://${HOST}:${barePort}` };
  progress(`Starting both with next start (app ${origin.app}, bare ${origin.bare})…`);
  // A throwaway signing secret: the production server refuses to start without one. The bare app
  // gets it too: Turbopack takes the repository (where the lockfile is) as its root, so the app's
  // server-side instrumentation runs there as well; it adds nothing a browser loads.
  // AUTH_TRUST_HOST as `npm start` sets it, so sign-in works at this address.
  const secret = { AUTH_SECRET: randomBytes(32).toString('base64url') };
  const appEnv = { NEXT_DIST_DIR: APP_DIST, DATABASE_URL: databaseUrl, AUTH_TRUST_HOST: '1', ...secret };
  const appServer = startNext(
    'app server',
    ['start', '-p', String(appPort), '-H', HOST],
    ROOT,
    appEnv,
    log('app-server'),
  );
  const bareServer = startNext(
    'bare server',
    ['start', '-p', String(barePort), '-H', HOST],
    BARE_DIR,
    secret,
    log('bare-server'),
  );
  await Promise.all([
    waitUntilAnswers(origin.app, appServer, log('app-server')),
    waitUntilAnswers(origin.bare, bareServer, log('bare-server')),
  ]);
  return origin;
}

const cookieHeader = (page: Page): Record<string, string> => (page.cookie ? { Cookie: page.cookie } : {});

async function measureWeights(pages: Page[], origin: Record<Target, string>): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (const page of pages) {
    progress(`Measuring ${page.target} ${page.path}…`);
    // One page at a time, so pages do not compete for the server while being fetched.
    const weight = await measurePage(origin[page.target] + page.path, cookieHeader(page));
    if (weight.unlisted.length > 0) {
      progress(`Warning: ${page.path} names JS that no tag loads, so it is not counted: ${weight.unlisted.join(', ')}`);
    }
    measured.push({ ...page, weight });
  }
  return measured;
}

async function main(): Promise<number> {
  const { runs, isTiny } = options();
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  mkdirSync(LOGS, { recursive: true });
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  await buildBoth();

  progress('Preparing a new database with the demo class, as `npm start` does on a first run…');
  database = await createBenchDatabase();
  const origin = await startServers(database.url);
  progress('Signing in a new student (with a quiz in progress) and the demo teacher…');
  const signedIn = await prepareSignedInPages(origin.app);
  const pages: Page[] = [
    ...PUBLIC_PAGES,
    ...signedIn.map((p) => ({ ...p, target: 'app' as const, gated: false, lighthouse: !isTiny })),
    BARE_PAGE,
  ];
  const measured = await measureWeights(pages, origin);
  const floorJs = sum(measured.find((p) => p.target === 'bare')!.weight.scripts);

  const chromiumPort = await findFreePort(FIRST_PORT + 2, HOST, [
    Number(new URL(origin.app).port),
    Number(new URL(origin.bare).port),
  ]);
  progress(
    `Lighthouse, ${runs} run(s) per page, each in a new headless Chromium (DevTools on ${HOST}:${chromiumPort})…`,
  );
  const toLighthouse = (page: Page) => ({
    label: page.label,
    url: origin[page.target] + page.path,
    headers: cookieHeader(page),
  });
  const tested = pages.filter((p) => p.lighthouse && p.target === 'app' && (!isTiny || p.gated));
  const results = await runLighthouseRounds(tested.map(toLighthouse), toLighthouse(BARE_PAGE), {
    runs,
    chromiumPort,
    chromiumLog: log('chromium'),
    reportDir: REPORTS,
    progress,
  });
  const jsOf = (label: string) => sum(measured.find((m) => m.label === label)!.weight.scripts);
  const rows: LighthouseRow[] = [
    ...tested.map((p) => ({
      ...p,
      jsGz: jsOf(p.label),
      runs: results.runs.get(p.label)!,
      bareRuns: results.bareAfter.get(p.label)!,
    })),
    { ...BARE_PAGE, jsGz: floorJs, runs: results.bare, bareRuns: [] },
  ];

  const verdict = formatVerdict(measured, floorJs, BUDGET_KB);
  const lighthouse = formatLighthouseSection(rows, {
    version: results.version,
    runs,
    reports: path.relative(ROOT, REPORTS),
  });
  console.log(
    [
      '',
      'First-visit weight per page: each body gzipped on its own with node zlib gzipSync, level 9 (KB = 1024 bytes).',
      'JS = external scripts (<script src>, script preloads); inline JS = inline <script> bodies, already part of the HTML.',
      '',
      formatTable(measured, floorJs),
      '',
      `Budget: a lesson page should add no more than ${BUDGET_KB} KB of JS over the bare Next.js floor.`,
      verdict.text,
      '',
      lighthouse.text,
      '',
    ].join('\n'),
  );
  if (isTiny) return ranCompletely(measured, rows) ? 0 : 2;
  return verdict.ok && lighthouse.ok ? 0 : 1;
}

/** A tiny run's own check: every page was weighed (some JS) and every Lighthouse run gave scores. */
function ranCompletely(measured: Measured[], rows: LighthouseRow[]): boolean {
  const weighed = measured.every((m) => sum(m.weight.scripts) > 0);
  const scored = rows.every(
    (r) => r.runs.length > 0 && r.runs.every((run) => Object.values(run.scores).every((v) => Number.isFinite(v))),
  );
  if (!weighed || !scored)
    progress(
      `bench:pages --tiny: ${weighed ? '' : 'a page had no JS to weigh; '}${scored ? '' : 'a Lighthouse run gave no scores'}`,
    );
  return weighed && scored;
}

// Whatever happens — success, failure, Ctrl-C — the servers and builds we started must not outlive us.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    progress(`${signal}: stopping the processes this benchmark started…`);
    void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
process.once('exit', () => {
  killAllNow();
  database?.remove();
});

try {
  process.exitCode = await main();
} catch (error) {
  // After Ctrl-C the killed children make main() fail too; that is expected, not worth a report.
  if (!interrupted) progress(`bench:pages failed: ${(error as Error).message}`);
  process.exitCode = 2;
} finally {
  await stopAll();
  database?.remove();
}
