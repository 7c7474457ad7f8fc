import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// A production build is current when it was made from exactly the sources on disk now. The stamp is
// a hash of every file that goes into the build, written beside the build when it succeeds.

const SOURCE_DIRS = ['app', 'components', 'lib', 'content', 'public'];
const SOURCE_FILES = [
  'next.config.js',
  'proxy.ts',
  'instrumentation.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'postcss.config.mjs',
];
const STAMP_FILE = 'sourcewise-build-stamp.json';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    // Tests never reach the build; editing one should not force a rebuild.
    return /\.test\.tsx?$/.test(entry.name) ? [] : [full];
  });
}

export function sourceFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256');
  // A build made with another CONTENT_DIR (the canary course) is a different build.
  const contentDir = process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : undefined;
  if (contentDir) hash.update(`content-dir:${contentDir}\0`);
  // A bench build (next.config.js: SOURCEWISE_BENCH_ROUTES=1) has routes no other build has.
  if (process.env.SOURCEWISE_BENCH_ROUTES === '1') hash.update('bench-routes\0');
  const files = [
    ...SOURCE_DIRS.flatMap((d) => listFiles(path.join(root, d))),
    ...(contentDir ? listFiles(contentDir) : []),
    ...SOURCE_FILES.map((f) => path.join(root, f)).filter((f) => existsSync(f)),
  ].sort();
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function isBuildCurrent(distDir: string, fingerprint: string): boolean {
  const stamp = path.join(distDir, STAMP_FILE);
  if (!existsSync(path.join(distDir, 'BUILD_ID')) || !existsSync(stamp)) return false;
  try {
    return JSON.parse(readFileSync(stamp, 'utf8')).fingerprint === fingerprint && statSync(stamp).isFile();
  } catch {
    return false;
  }
}

export function writeBuildStamp(distDir: string, fingerprint: string): void {
  writeFileSync(
    path.join(distDir, STAMP_FILE),
    JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }) + '\n',
  );
}
