import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/lib/chromium';

// Browser tests run against production builds served by `npm start`'s own script, on unusual ports
// and databases of their own, so they never touch a developer's data or server. A second server
// runs the canary course (scripts/make-canary-content.ts) for the answer-key leak tests.
const PORT = Number(process.env.E2E_PORT ?? 3917);
const CANARY_PORT = PORT + 1;
const launchOptions = { executablePath: systemChromium(), args: CHROMIUM_ARGS };
// Each run starts from a brand-new database, so the demo class is seeded as on a first `npm start`.
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:data/e2e.db';
const freshDatabase = DATABASE_URL.startsWith('file:')
  ? `node -e "for (const s of ['', '-wal', '-shm']) require('fs').rmSync(process.argv[1] + s, { force: true })" ${DATABASE_URL.slice('file:'.length)} && `
  : '';

// The whole suite runs from 127.0.0.1: more sign-ups, guest attempts and failed sign-ins than one
// school's address makes, so both servers raise the per-address limits.
const PER_ADDRESS_LIMITS = {
  SIGN_IN_IP_FAILURES: '100000',
  SIGN_UP_PER_IP: '100000',
  GUEST_ATTEMPTS_PER_IP: '100000',
  JOIN_FAILURES_PER_IP: '100000',
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Whole flows (a class, a quiz in every question type) on a busy 2-core machine take up to a minute.
  timeout: 120_000,
  use: { trace: 'retain-on-failure', launchOptions },
  projects: [
    {
      name: 'desktop',
      testIgnore: /integrity/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${PORT}`, launchOptions },
    },
    {
      name: 'phone',
      grep: /@phone/,
      testIgnore: /integrity/,
      use: { ...devices['Pixel 7'], baseURL: `http://localhost:${PORT}`, launchOptions },
    },
    {
      name: 'canary',
      testMatch: /integrity/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${CANARY_PORT}`, launchOptions },
    },
  ],
  webServer: [
    {
      command: `${freshDatabase}node --conditions=react-server --import tsx scripts/start.ts`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
      // A short sign-in cool-down, so the throttling test can wait it out. Per-account and
      // per-student limits stay as shipped; the per-address ones are reached by
      // lib/limits/limit-routes.test.ts (sign-up, guest attempts and class codes, lowered) and
      // lib/limits/sign-in-limit.test.ts (sign-in, at its 100).
      // A GitHub app that does not exist, so the sign-in page shows an OAuth button to test; the
      // test stops the browser at GitHub's door (no network here).
      env: {
        PORT: String(PORT),
        DATABASE_URL,
        NEXT_TELEMETRY_DISABLED: '1',
        SIGN_IN_COOLDOWN_SECONDS: '4',
        ...PER_ADDRESS_LIMITS,
        GITHUB_CLIENT_ID: 'sourcewise-e2e-client',
        GITHUB_CLIENT_SECRET: 'sourcewise-e2e-secret',
      },
    },
    {
      command:
        'node --import tsx scripts/make-canary-content.ts .e2e/canary-content && node --conditions=react-server --import tsx scripts/start.ts',
      url: `http://localhost:${CANARY_PORT}/`,
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(CANARY_PORT),
        CONTENT_DIR: '.e2e/canary-content',
        NEXT_DIST_DIR: '.next-canary',
        DATABASE_URL: 'file:data/e2e-canary.db',
        NEXT_TELEMETRY_DISABLED: '1',
        // The review-policy matrix signs up 28 accounts a run, and this database outlives a run.
        ...PER_ADDRESS_LIMITS,
      },
    },
  ],
});
