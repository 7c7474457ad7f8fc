// The one production build every benchmark and the crash test use: .bench/app-dist, made with the
// bench-only routes (SOURCEWISE_BENCH_ROUTES=1, see next.config.js) and stamped like `npm start`'s
// (scripts/lib/build-stamp.ts), so whichever runs first builds it and the others reuse it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isBuildCurrent, sourceFingerprint, writeBuildStamp } from '../../lib/build-stamp';
import { runNext } from './processes';
import { restoreSharedFiles, snapshotSharedFiles } from './shared-files';

export const BENCH_DIST_DIR = '.bench/app-dist';
export const BENCH_BUILD_ENV = { SOURCEWISE_BENCH_ROUTES: '1', NEXT_DIST_DIR: BENCH_DIST_DIR } as const;

/** Builds the app into .bench/app-dist unless that build is current; says which it did. */
export async function ensureBenchBuild(logFile: string, progress: (line: string) => void): Promise<void> {
  const fingerprint = withEnv(BENCH_BUILD_ENV, () => sourceFingerprint());
  if (isBuildCurrent(BENCH_DIST_DIR, fingerprint)) {
    progress(`The bench build in ${BENCH_DIST_DIR} is current.`);
    return;
  }
  progress(`Building the app… (into ${BENCH_DIST_DIR}; log ${path.relative(process.cwd(), logFile)})`);
  const shared = snapshotSharedFiles();
  try {
    await runNext('app build', ['build'], process.cwd(), BENCH_BUILD_ENV, logFile);
    writeBuildStamp(BENCH_DIST_DIR, fingerprint);
  } finally {
    for (const warning of restoreSharedFiles(shared, BENCH_DIST_DIR)) progress(`Warning: ${warning}`);
  }
}

/** A build of something else (the bare app) is current when its files and the Next and React it uses are the same. */
export function fingerprintOf(files: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const pkg of ['next', 'react', 'react-dom'])
    hash.update(readFileSync(path.resolve('node_modules', pkg, 'package.json')));
  for (const [name, text] of Object.entries(files).sort()) hash.update(`${name}\0${text}\0`);
  return hash.digest('hex');
}

function withEnv<T>(env: Record<string, string>, run: () => T): T {
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return run();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
