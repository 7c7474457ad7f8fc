import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Browser tests use the system's Chromium when there is one (Debian's package, where Playwright
// cannot download its own), else Playwright's own download, so they run both here and elsewhere.

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/** The Chromium to drive: CHROMIUM_PATH, then a system browser; undefined means Playwright's own. */
export function systemChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Flags headless Chromium needs as root in a container, and to stay off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function canInstallWithApt(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
