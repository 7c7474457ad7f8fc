// npm test – every check in one command, in the order that fails fastest: types, lint, formatting, the
// production dependencies' advisories (npm audit, else the dependency floor), content, unit and
// integration tests (SQLite and PostgreSQL), the browser tests in a real Chromium, the three
// benchmarks in a tiny size (scripts/bench/tiny.ts), then the crash test: a few server kills on
// each backend and one PostgreSQL restart on a private cluster (each part says so and is skipped
// where its database server is not available).
import { spawnSync } from 'node:child_process';

process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const steps: { name: string; command: string[] }[] = [
  { name: 'Typecheck', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { name: 'Lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'Formatting', command: ['npx', 'prettier', '--check', '.'] },
  { name: 'Dependency audit', command: ['npx', 'tsx', 'scripts/audit-gate.ts'] },
  { name: 'Content check', command: ['npx', 'tsx', 'scripts/content-check.ts'] },
  { name: 'Unit and integration tests', command: ['npx', 'vitest', 'run'] },
  { name: 'Chromium for browser tests', command: ['npx', 'tsx', 'scripts/ensure-chromium.ts'] },
  { name: 'Browser tests', command: ['npx', 'playwright', 'test'] },
  // Before the crash test: both use the bench build, so whichever runs first builds it.
  { name: 'Benchmarks (tiny)', command: ['npx', 'tsx', 'scripts/bench/tiny.ts'] },
  {
    name: 'Crash test',
    command: [
      'node',
      '--conditions=react-server',
      '--import',
      'tsx',
      'scripts/crash-test.ts',
      '--iterations',
      '3',
      '--backend',
      'both',
      '--pg-restart',
    ],
  },
];

const only = process.argv.slice(2);
let passed = 0;
for (const step of steps) {
  if (only.length > 0 && !only.some((word) => step.name.toLowerCase().includes(word.toLowerCase()))) continue;
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} failed after ${seconds}s`);
    console.log(`test steps: ${passed} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  passed++;
  console.log(`✓ ${step.name} (${seconds}s)`);
}
console.log(`\ntest steps: ${passed} passed, 0 failed`);
