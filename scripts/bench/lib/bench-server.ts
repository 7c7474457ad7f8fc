// A production Sourcewise server for the burst benchmark and the crash test, started the way
// `npm start` starts it (scripts/start.ts: build if stale, migrate, `next start`) on a database
// of the caller's, built with the benchmark routes (bench-build.ts) and a throwaway secret. The build goes to
// .bench/app-dist, which tsconfig.json already lists, so `next build` never rewrites tsconfig.json;
// the shared files are still checked and restored, as bench:answers does, in case Next edits them.
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseConfig } from '../../../lib/db/config';
import { BENCH_BUILD_ENV, BENCH_DIST_DIR } from './bench-build';
import { waitUntilAnswers } from './processes';
import { restoreSharedFiles, snapshotSharedFiles } from './shared-files';
import { startSourcewise } from './sourcewise-server';

export { BENCH_DIST_DIR };
export const LOG_DIR = path.resolve('.bench/logs');
export const HOST = '127.0.0.1';

export type BenchServer = { child: ChildProcess; port: number; origin: string; logFile: string };

export function databaseUrl(config: DatabaseConfig): string {
  return config.kind === 'sqlite' ? `file:${config.file}` : config.url;
}

export async function startBenchServer(options: {
  name: string;
  port: number;
  database: DatabaseConfig;
  secret: string;
  env?: Record<string, string>;
  /** How long to wait for it to answer: a build on a small machine takes minutes. */
  timeoutMs?: number;
}): Promise<BenchServer> {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${options.name}.log`);
  const origin = `http://${HOST}:${options.port}`;
  const shared = snapshotSharedFiles();
  try {
    const child = startSourcewise(
      {
        PORT: String(options.port),
        ...BENCH_BUILD_ENV,
        DATABASE_URL: databaseUrl(options.database),
        AUTH_SECRET: options.secret,
        DEMO_DATA: 'off',
        NEXT_TELEMETRY_DISABLED: '1',
        ...options.env,
      },
      logFile,
    );
    await waitUntilAnswers(`${origin}/api/bench/noop`, child, logFile, options.timeoutMs ?? 15 * 60_000);
    return { child, port: options.port, origin, logFile };
  } finally {
    for (const warning of restoreSharedFiles(shared, BENCH_DIST_DIR)) console.error(`Warning: ${warning}`);
  }
}
