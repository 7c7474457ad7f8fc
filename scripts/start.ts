// npm start – builds when there is no current production build, prepares the database, and serves
// Sourcewise on http://localhost:$PORT (default 3000), saying what it is doing at each step.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDatabase, resolveDatabaseConfig } from '../lib/db/config';
import { createDb } from '../lib/db/connect';
import { migrateToLatest } from '../lib/db/migrate';
import { migrations } from '../lib/db/migrations';
import { seedDemoData } from '../lib/demo/seed-demo-data';
import { regradeAtStart } from '../lib/startup/regrade-at-start';
import { isBuildCurrent, sourceFingerprint, writeBuildStamp } from './lib/build-stamp';
import { serverLaunch } from './lib/server-launch';

process.env.NEXT_TELEMETRY_DISABLED ??= '1';
// Without NEXTAUTH_URL, next-auth builds its URLs from the request's Host header, so the app works
// at whatever address it is reached by (localhost, a LAN name, behind a proxy).
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= '1';
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const distDir = path.resolve(process.env.NEXT_DIST_DIR || '.next');
const port = process.env.PORT || '3000';
const say = (line: string) => console.log(`[sourcewise] ${line}`);

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', env: process.env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function ensureBuild(): Promise<void> {
  say('Checking for a current production build…');
  const fingerprint = sourceFingerprint();
  if (isBuildCurrent(distDir, fingerprint)) {
    say('The production build is current.');
    return;
  }
  say('Building the app for production (about a minute on a first run)…');
  const code = await run(['build']);
  if (code !== 0) throw new Error(`next build failed (exit code ${code}); see the messages above.`);
  writeBuildStamp(distDir, fingerprint);
  say('Build finished.');
}

/**
 * The server refuses to run in production without a signing secret. A fresh clone has none, so
 * `npm start` makes one once, keeps it in data/auth-secret (git-ignored, readable by its owner
 * only) and says so; deployments set AUTH_SECRET or NEXTAUTH_SECRET themselves.
 */
function ensureSecret(): void {
  if (process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET) return;
  const file = path.resolve('data', 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600 });
    say(
      `No NEXTAUTH_SECRET set: generated one and saved it in ${path.relative(process.cwd(), file)}. Set NEXTAUTH_SECRET yourself in production.`,
    );
  } else {
    say(`No NEXTAUTH_SECRET set: using the one generated earlier in ${path.relative(process.cwd(), file)}.`);
  }
  process.env.NEXTAUTH_SECRET = readFileSync(file, 'utf8').trim();
}

async function prepareDatabase(): Promise<void> {
  const config = resolveDatabaseConfig();
  say(`Preparing the database (${describeDatabase(config)})…`);
  const db = createDb(config);
  try {
    const { applied } = await migrateToLatest(db);
    say(
      applied.length > 0
        ? `Database ready: applied ${applied.length} migration(s).`
        : 'Database ready: schema is current.',
    );
    // Demo accounts and their class go only into a database created just now, and never with DEMO_DATA=off.
    if (applied[0] === Object.keys(migrations)[0] && process.env.DEMO_DATA !== 'off') {
      const { users, attempts } = await seedDemoData(db);
      say(
        `New database: added ${users} demo accounts and a demo class with ${attempts} attempts (see README.md; set DEMO_DATA=off to skip this).`,
      );
    }
    // Answers graded on an older revision of a question get the release's correction (raise only).
    const regraded = await regradeAtStart(db);
    if (regraded) say(regraded);
  } finally {
    await db.destroy();
  }
}

async function serve(): Promise<void> {
  say(`Starting the server on port ${port}…`);
  // scripts/serve.ts is `next start` with a front door that refuses malformed requests up front.
  const serveScript = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const launch = serverLaunch(process.env, port, lanAddresses);
  const child = spawn(process.execPath, ['--import', 'tsx', serveScript], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: launch.env,
  });
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    for (const line of launch.linesFor(chunk.toString())) say(line);
  });
  // `next start` forks a next-server that outlives it when only the parent is signalled, so the
  // signal goes to the whole tree. (It stays in our process group, so a group kill reaches it too.)
  const stop = (signal: NodeJS.Signals) => {
    if (child.pid) killTree(child.pid, signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

/** This machine's IPv4 addresses that other computers on the network could use. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

function killTree(pid: number, signal: NodeJS.Signals): void {
  const children =
    spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .stdout?.split(/\s+/)
      .filter(Boolean) ?? [];
  for (const childPid of children) killTree(Number(childPid), signal);
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

try {
  await ensureBuild();
  ensureSecret();
  await prepareDatabase();
  await serve();
} catch (error) {
  console.error(`[sourcewise] ${(error as Error).message}`);
  process.exit(1);
}
