// Child processes for the benchmark: builds, `next start` servers and a headless Chromium. Every
// child gets its own process group (detached) because a killed `next start` can leave its
// `next-server` child behind (and Chromium has helpers); we stop the whole group, and only groups
// we started ourselves.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export type Env = Record<string, string | undefined>;

type Started = { child: ChildProcess; name: string; logFile: string };
const started = new Set<Started>();

/** The Next.js CLI from this repo's node_modules, so the app and the bare app use the very same Next. */
export const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next');

/** The last lines of a child's log, to explain a failure without flooding the terminal. */
export function logTail(logFile: string, lines = 30): string {
  try {
    return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function launch(name: string, command: string, args: string[], cwd: string, env: Env, logFile: string): Started {
  // Output goes to a file rather than our terminal: stdout stays clean for the table, and the log
  // is there to read when something fails.
  const fd = openSync(logFile, 'w');
  try {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    const entry = { child, name, logFile };
    started.add(entry);
    child.once('exit', () => started.delete(entry));
    return entry;
  } finally {
    closeSync(fd);
  }
}

/** Runs `next <args>` to completion; rejects with the log's tail if it fails. */
export function runNext(name: string, args: string[], cwd: string, env: Env, logFile: string): Promise<void> {
  const { child } = launch(name, process.execPath, [NEXT_BIN, ...args], cwd, env, logFile);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${name} failed (${signal ?? `exit ${code}`}); log ${logFile}:\n${logTail(logFile)}`));
    });
  });
}

/** Starts `next <args>` in the background; stop it with stopAll(). */
export function startNext(name: string, args: string[], cwd: string, env: Env, logFile: string): ChildProcess {
  return launch(name, process.execPath, [NEXT_BIN, ...args], cwd, env, logFile).child;
}

/** Starts any other program in the background, tracked and stopped like the Next servers. */
export function startProgram(name: string, command: string, args: string[], logFile: string): ChildProcess {
  return launch(name, command, args, process.cwd(), {}, logFile).child;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Stops every process group this script started: SIGTERM, then SIGKILL for whatever lingers. */
export async function stopAll(graceMs = 5000): Promise<void> {
  // Remember the group ids: the leader may exit (and leave the set) before its next-server does.
  const pgids = [...started].map((s) => s.child.pid).filter((pid): pid is number => pid !== undefined);
  for (const pgid of pgids) signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (pgids.some(groupAlive) && Date.now() < deadline) await sleep(100);
  for (const pgid of pgids.filter(groupAlive)) signalGroup(pgid, 'SIGKILL');
}

/** Stops one process group this script started, as stopAll() does. */
export async function stopOne(child: ChildProcess, graceMs = 5000): Promise<void> {
  const pgid = child.pid;
  if (pgid === undefined) return;
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
}

/** Synchronous last resort for process 'exit': no time left to wait, so kill outright. */
export function killAllNow(): void {
  for (const { child } of started) if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
}

function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** The first free port from `start` on, skipping `taken`, so a stray server never gets measured. */
export async function findFreePort(start: number, host: string, taken: number[] = []): Promise<number> {
  for (let port = start; port < start + 50; port++) {
    if (!taken.includes(port) && (await portIsFree(port, host))) return port;
  }
  throw new Error(`No free port in ${start}–${start + 49}`);
}

/** Polls until the server answers any HTTP response; fails fast if the server process dies. */
export async function waitUntilAnswers(
  url: string,
  child: ChildProcess,
  logFile: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Server for ${url} exited before answering; log ${logFile}:\n${logTail(logFile)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`Server for ${url} did not answer within ${timeoutMs / 1000}s; log ${logFile}:\n${logTail(logFile)}`);
}
