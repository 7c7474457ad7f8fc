// The three benchmarks in a tiny size (a few students, a few seconds, one Lighthouse pair), one after
// the other, as one step of npm test: not to measure anything, but so that a benchmark that no longer
// runs, or whose own check fails ("stored exactly once: no"), fails the tests the day it breaks. They
// share one build (.bench/app-dist, lib/bench-build.ts): the first builds it if stale. A full-size run
// is still `npm run bench:<name>`.
import { spawnSync } from 'node:child_process';

const BENCHES: { name: string; args: string[] }[] = [
  {
    name: 'bench:burst',
    args: ['--students', '6', '--warmup', '2', '--rounds', '1', '--think', '0.2', '--backend', 'both'],
  },
  { name: 'bench:answers', args: ['--students', '3', '--seconds', '2'] },
  { name: 'bench:pages', args: ['--tiny'] },
];

let failed = 0;
for (const bench of BENCHES) {
  console.error(`\n▷ npm run ${bench.name} -- ${bench.args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', bench.name, '--', ...bench.args], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) console.error(`  ${bench.name} ran (${seconds}s)`);
  else {
    failed++;
    console.error(`  ${bench.name} failed with exit code ${result.status ?? result.signal} after ${seconds}s`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
