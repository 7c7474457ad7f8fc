// Sourcewise served the way `npm start` serves it: scripts/start.ts builds when the build is stale,
// migrates the database and runs `next start`. processes.ts launches only the Next CLI, so this
// launches start.ts the same way: detached into its own process group (start.ts, its `next start`
// and that one's `next-server` all share it), output to a log file, and stopped group-wide.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import type { Env } from './processes';

const START_SCRIPT = path.resolve('scripts/start.ts');
const groups = new Set<number>();

/** Runs `node --conditions=react-server --import tsx scripts/start.ts` (what `npm start` runs) with `env` added. */
export function startSourcewise(env: Env, logFile: string): ChildProcess {
  const fd = openSync(logFile, 'w');
  try {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', START_SCRIPT], {
      env: { ...process.env, ...env },
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    if (child.pid !== undefined) groups.add(child.pid);
    return child;
  } finally {
    closeSync(fd);
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // the whole group is gone
  }
}

/** SIGTERM to each group started here, SIGKILL for whatever is still there after the grace period. */
export async function stopSourcewise(graceMs = 5000): Promise<void> {
  const pgids = [...groups];
  for (const pgid of pgids) signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (pgids.some((pgid) => signalGroup(pgid, 0)) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  for (const pgid of pgids) signalGroup(pgid, 'SIGKILL');
  for (const pgid of pgids) groups.delete(pgid);
}

/** SIGKILL to one server's whole tree (start.ts, next start, next-server): a crash, as a test makes it. */
export function killSourcewise(child: ChildProcess): void {
  if (child.pid === undefined) return;
  signalGroup(child.pid, 'SIGKILL');
  groups.delete(child.pid);
}

/** Waits until every process of that server's group is gone (a killed group takes a moment). */
export async function waitForGroupExit(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (child.pid !== undefined && signalGroup(child.pid, 0) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
}

/** Synchronous last resort for process 'exit'. */
export function killSourcewiseNow(): void {
  for (const pgid of groups) signalGroup(pgid, 'SIGKILL');
}
