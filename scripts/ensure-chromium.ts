// Makes sure a Chromium is there for the browser tests: the system's, or Playwright's own; if neither,
// installs Debian's `chromium` when it can (root with apt), and otherwise stops with one line saying
// what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { canInstallWithApt, systemChromium } from './lib/chromium';

function playwrightChromium(): string | undefined {
  try {
    const candidate = chromium.executablePath();
    return candidate && existsSync(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

const found = systemChromium() ?? playwrightChromium();
if (found) {
  console.log(`Chromium for browser tests: ${found}`);
} else if (canInstallWithApt()) {
  console.log("No Chromium found; installing Debian's chromium package with apt-get…");
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
    stdio: 'inherit',
  });
  const installed = systemChromium();
  if (!installed) {
    console.error('apt-get finished but no chromium binary appeared at /usr/bin/chromium.');
    process.exit(1);
  }
  console.log(`Chromium for browser tests: ${installed}`);
} else {
  console.error(
    'No Chromium found for the browser tests: install one with `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, then run npm test again.',
  );
  process.exit(1);
}
