import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/lib/chromium';

// Browser tests run against the production build served by `npm start`'s own script, on an
// unusual port and a database of their own, so they never touch a developer's data or server.
const PORT = Number(process.env.E2E_PORT ?? 3917);
const executablePath = systemChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } } },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: { executablePath, args: CHROMIUM_ARGS } },
      grep: /@phone/,
    },
  ],
  webServer: {
    command: 'node --import tsx scripts/start.ts',
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? 'file:data/e2e.db',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
