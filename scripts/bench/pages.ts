// npm run bench:pages – how much a first visit to each page downloads, against a bare Next.js app
// built in the same run with the same Next and React. Comparing with that floor rather than with
// absolute numbers keeps the budget about what Sourcewise adds, not about framework upgrades.
//
// Budget: a lesson page should add no more than 10 KB of JS over the bare Next.js floor.
// Exit codes: 0 within budget, 1 a lesson page is over budget (usable as a CI gate), 2 the
// benchmark itself failed. Progress goes to stderr, the table and verdict to stdout.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { resolveDatabaseConfig } from '../../lib/db/config';
import { createDb } from '../../lib/db/connect';
import { migrateToLatest } from '../../lib/db/migrate';
import { writeBareApp } from './lib/bare-app';
import { measurePage } from './lib/measure';
import { findFreePort, killAllNow, runNext, startNext, stopAll, waitUntilAnswers } from './lib/processes';
import { formatTable, formatVerdict, type Measured } from './lib/report';
import { restoreSharedFiles, snapshotSharedFiles } from './lib/shared-files';

const BUDGET_KB = 10;
const HOST = '127.0.0.1'; // loopback only: nothing outside this machine should reach the bench servers
const ROOT = process.cwd();
// Relative to the repo, as next.config.js reads it; never the default .next, which `npm start` owns.
const APP_DIST = '.bench/app-dist';
const BARE_DIR = path.resolve('.bench/bare');
const LOGS = path.resolve('.bench/logs');
// Its own database, so the benchmark never touches data/sourcewise.db.
const DATABASE_URL = 'file:.bench/bench.db';

type Target = 'app' | 'bare';
// The lesson is what the budget gates; the other pages are shown against the same budget for context.
const PAGES: { label: string; path: string; target: Target; gated: boolean }[] = [
  { label: 'home', path: '/', target: 'app', gated: false },
  { label: 'course', path: '/courses/nk-russia-pact', target: 'app', gated: false },
  { label: 'lesson', path: '/courses/nk-russia-pact/the-pact', target: 'app', gated: true },
  { label: 'article', path: '/articles/nk-russia-pact', target: 'app', gated: false },
  { label: 'bare', path: '/', target: 'bare', gated: false },
];

const progress = (line: string) => console.error(line);
const log = (name: string) => path.join(LOGS, `${name}.log`);

async function prepareDatabase(): Promise<void> {
  // `npm start` migrates before serving; do the same so the app runs as it does in production.
  const db = createDb(resolveDatabaseConfig(DATABASE_URL));
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}

async function main(): Promise<number> {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  mkdirSync(LOGS, { recursive: true });
  writeBareApp(BARE_DIR);

  progress(`Building the app… (into ${APP_DIST}; log ${path.relative(ROOT, log('app-build'))})`);
  const shared = snapshotSharedFiles();
  try {
    await runNext('app build', ['build'], ROOT, { NEXT_DIST_DIR: APP_DIST }, log('app-build'));
  } finally {
    for (const warning of restoreSharedFiles(shared, APP_DIST)) progress(`Warning: ${warning}`);
  }
  progress(`Building the bare Next.js app… (in ${path.relative(ROOT, BARE_DIR)}; log ${path.relative(ROOT, log('bare-build'))})`);
  await runNext('bare build', ['build'], BARE_DIR, {}, log('bare-build'));

  progress(`Preparing the benchmark database (${DATABASE_URL})…`);
  await prepareDatabase();

  // Unusual ports, and checked free first, so we never measure some other server by mistake.
  const appPort = await findFreePort(3951, HOST);
  const barePort = await findFreePort(3952, HOST, [appPort]);
  const origin: Record<Target, string> = { app: `http://${HOST}:${appPort}`, bare: `http://${HOST}:${barePort}` };
  progress(`Starting both with next start (app ${origin.app}, bare ${origin.bare})…`);
  // A throwaway signing secret: the production server refuses to start without one. The bare app
  // gets it too: Turbopack takes the repository (where the lockfile is) as its root, so the app's
  // server-side instrumentation runs there as well; it adds nothing a browser loads.
  const secret = { AUTH_SECRET: randomBytes(32).toString('base64url') };
  const appEnv = { NEXT_DIST_DIR: APP_DIST, DATABASE_URL, ...secret };
  const appServer = startNext('app server', ['start', '-p', String(appPort), '-H', HOST], ROOT, appEnv, log('app-server'));
  const bareServer = startNext('bare server', ['start', '-p', String(barePort), '-H', HOST], BARE_DIR, secret, log('bare-server'));
  await Promise.all([
    waitUntilAnswers(origin.app, appServer, log('app-server')),
    waitUntilAnswers(origin.bare, bareServer, log('bare-server')),
  ]);

  const measured: Measured[] = [];
  for (const page of PAGES) {
    progress(`Measuring ${page.target} ${page.path}…`);
    // One page at a time, so pages do not compete for the server while being fetched.
    const weight = await measurePage(origin[page.target] + page.path);
    if (weight.unlisted.length > 0) {
      progress(`Warning: ${page.path} names JS that no tag loads, so it is not counted: ${weight.unlisted.join(', ')}`);
    }
    measured.push({ ...page, weight });
  }

  const floorJs = measured.find((p) => p.target === 'bare')!.weight.scripts.reduce((n, s) => n + s.gz, 0);
  const verdict = formatVerdict(measured, floorJs, BUDGET_KB);
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
    ].join('\n'),
  );
  return verdict.ok ? 0 : 1;
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
process.once('exit', killAllNow);

try {
  process.exitCode = await main();
} catch (error) {
  // After Ctrl-C the killed children make main() fail too; that is expected, not worth a report.
  if (!interrupted) progress(`bench:pages failed: ${(error as Error).message}`);
  process.exitCode = 2;
} finally {
  await stopAll();
}
