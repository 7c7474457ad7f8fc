// A PostgreSQL cluster of our own, for tests that stop and start the database server: the machine's
// shared server on 5432 is used by other people's tests and must never be restarted. initdb and
// pg_ctl from the installed PostgreSQL, a temporary data directory, trust authentication, listening
// on 127.0.0.1 only. initdb refuses to run as root, so as root every command runs as the
// `postgres` OS user (runuser).
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export type PrivatePostgres = {
  url: string;
  port: number;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its data directory. */
  destroy(): Promise<void>;
};

/** The directory holding initdb and pg_ctl, or undefined when PostgreSQL's server tools are not installed. */
export function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  return which.status === 0 && found && existsSync(path.join(path.dirname(found), 'pg_ctl'))
    ? path.dirname(found)
    : undefined;
}

function osUser(name: string): { uid: number; gid: number } | undefined {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : undefined;
}

/** Why a private cluster cannot be made here, or undefined when it can. */
export function privatePostgresUnavailableReason(): string | undefined {
  if (!findPostgresBin()) return 'PostgreSQL server tools (initdb, pg_ctl) are not installed';
  if (process.getuid?.() === 0 && !osUser('postgres'))
    return 'running as root and there is no `postgres` OS user to run initdb as';
  return undefined;
}

export async function startPrivatePostgres(port: number): Promise<PrivatePostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL server tools (initdb, pg_ctl) are not installed');
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? osUser('postgres') : undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcewise-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  // Asynchronous, so the clients of a test keep running while the server stops and starts.
  const run = async (tool: string, args: string[]) => {
    const command = asRoot
      ? ['runuser', '-u', 'postgres', '--', path.join(bin, tool), ...args]
      : [path.join(bin, tool), ...args];
    try {
      await execFileAsync(command[0]!, command.slice(1), { cwd: dir });
    } catch (error) {
      const e = error as { stderr?: string; stdout?: string };
      throw new Error(`${tool} ${args.join(' ')} failed: ${e.stderr || e.stdout || (error as Error).message}`);
    }
  };
  // No fsync during initdb: the cluster is thrown away after the test.
  await run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', '-t', '60', 'start']);
  const stop = (mode: 'fast' | 'immediate' = 'fast') =>
    run('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    async destroy() {
      await stop('immediate').catch(() => undefined); // already stopped
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
