// The Chromium Lighthouse drives: the system's (scripts/lib/chromium.ts), started here rather than by
// chrome-launcher so that it is tracked and stopped with the bench's other processes, and so nothing
// is ever downloaded. One browser per Lighthouse run, each with a new profile, as the Lighthouse CLI
// does: Lighthouse clears caches between runs but keeps cookies, and a cookie the browser kept (a
// guest cookie from a lesson) would be sent instead of the session cookie given as a header.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, systemChromium } from '../../lib/chromium';
import { logTail, startProgram, stopOne } from './processes';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForDevTools(
  port: number,
  child: ReturnType<typeof startProgram>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      await sleep(250);
    }
  }
  return false;
}

/** Runs `task` with a new headless Chromium whose DevTools endpoint is 127.0.0.1:`port`; stops it afterwards. */
export async function withHeadlessChromium<T>(
  port: number,
  logFile: string,
  task: (port: number) => Promise<T>,
): Promise<T> {
  const executable = systemChromium();
  if (!executable) throw new Error('No system Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH.');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'sourcewise-lighthouse-'));
  // As root in a container headless Chromium needs --no-sandbox; --headless=new is the headless
  // mode Lighthouse expects (the old one is a different browser).
  const args = [
    '--headless=new',
    ...CHROMIUM_ARGS,
    `--user-data-dir=${profile}`,
    `--remote-debugging-port=${port}`,
    'about:blank',
  ];
  const child = startProgram('chromium', executable, args, logFile);
  try {
    if (!(await waitForDevTools(port, child, 30_000))) {
      throw new Error(`Chromium did not open its DevTools port ${port}; log ${logFile}:\n${logTail(logFile)}`);
    }
    return await task(port);
  } finally {
    await stopOne(child);
    rmSync(profile, { recursive: true, force: true });
  }
}
