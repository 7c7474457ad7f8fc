import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isBuildCurrent, sourceFingerprint, writeBuildStamp } from './build-stamp';

// npm start reuses a build only when its stamp matches; a bench build (with the bench-only routes)
// must never pass for a normal one, or `npm start` would serve /api/bench/noop.
let root: string;
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

function makeTree(): string {
  root = mkdtempSync(path.join(os.tmpdir(), 'build-stamp-'));
  mkdirSync(path.join(root, 'app/api/bench/noop'), { recursive: true });
  writeFileSync(path.join(root, 'app/api/bench/noop/route.bench.ts'), 'export function GET() {}\n');
  writeFileSync(path.join(root, 'next.config.js'), 'export default {};\n');
  return root;
}

describe('build stamp', () => {
  it('tells a bench build from a normal build of the same sources', () => {
    const dir = makeTree();
    vi.stubEnv('SOURCEWISE_BENCH_ROUTES', '');
    const normal = sourceFingerprint(dir);
    vi.stubEnv('SOURCEWISE_BENCH_ROUTES', '1');
    const bench = sourceFingerprint(dir);
    expect(bench).not.toBe(normal);

    const dist = path.join(dir, 'dist');
    mkdirSync(dist);
    writeFileSync(path.join(dist, 'BUILD_ID'), 'x');
    writeBuildStamp(dist, bench);
    expect(isBuildCurrent(dist, bench)).toBe(true);
    expect(isBuildCurrent(dist, normal)).toBe(false);
  });

  it('ignores a test beside the code, not a change to a route', () => {
    const dir = makeTree();
    const before = sourceFingerprint(dir);
    writeFileSync(path.join(dir, 'app/api/bench/noop/route.test.ts'), 'test\n');
    expect(sourceFingerprint(dir)).toBe(before);
    writeFileSync(path.join(dir, 'app/api/bench/noop/route.bench.ts'), 'export function PUT() {}\n');
    expect(sourceFingerprint(dir)).not.toBe(before);
  });
});
