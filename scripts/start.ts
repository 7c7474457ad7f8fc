// npm start – builds when there is no current production build, prepares the database, and serves
// Sourcewise on http://localhost:$PORT (default 3000), saying what it is doing at each step.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describeDatabase, resolveDatabaseConfig } from '../lib/db/config';
import { createDb } from '../lib/db/connect';
import { migrateToLatest } from '../lib/db/migrate';
import { isBuildCurrent, sourceFingerprint, writeBuildStamp } from './lib/build-stamp';

process.env.NEXT_TELEMETRY_DISABLED ??= '1';
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

async function prepareDatabase(): Promise<void> {
  const config = resolveDatabaseConfig();
  say(`Preparing the database (${describeDatabase(config)})…`);
  const db = createDb(config);
  try {
    const { applied } = await migrateToLatest(db);
    say(applied.length > 0 ? `Database ready: applied ${applied.length} migration(s).` : 'Database ready: schema is current.');
  } finally {
    await db.destroy();
  }
}

async function serve(): Promise<void> {
  say(`Starting the server on port ${port}…`);
  const child = spawn(process.execPath, [nextBin, 'start', '-p', port], { stdio: ['inherit', 'pipe', 'inherit'], env: process.env });
  let announced = false;
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready/i.test(chunk.toString())) {
      announced = true;
      say(`Sourcewise is running at http://localhost:${port}`);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

try {
  await ensureBuild();
  await prepareDatabase();
  await serve();
} catch (error) {
  console.error(`[sourcewise] ${(error as Error).message}`);
  process.exit(1);
}
