// Starts the round-robin proxy (round-robin-proxy.ts) as a child process of its own and stops it
// by its process id, never by name.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const SCRIPT = path.resolve('scripts/bench/lib/round-robin-proxy.ts');
const running = new Set<ChildProcess>();

export function startRoundRobinProxy(port: number, backends: number[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, String(port), ...backends.map(String)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The proxy exited (code ${code}) before listening`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve(child);
    });
  });
}

export function stopProxies(): void {
  for (const child of running) if (child.pid !== undefined) child.kill('SIGKILL');
  running.clear();
}
