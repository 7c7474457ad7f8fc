import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The preload `npm start` gives the server: whatever address header a client sends, the app sees
// the TCP peer's address. Run in a child process, as `next start` runs with it.

const preload = fileURLToPath(new URL('./socket-address.mjs', import.meta.url));
const server = `
  const http = require('node:http');
  const s = http.createServer((req, res) => res.end(JSON.stringify({ header: req.headers['x-sourcewise-socket-address'], marked: globalThis[Symbol.for('sourcewise.socketAddressHeader')] === true })));
  s.listen(0, '127.0.0.1', () => console.log(s.address().port));
`;

function get(port: number, headers: Record<string, string>): Promise<{ header: string; marked: boolean }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve(JSON.parse(body) as { header: string; marked: boolean }));
    }).on('error', reject);
  });
}

it('[attacker] a forged address header is replaced by the socket address, and the process is marked to believe it', async () => {
  const child = spawn(process.execPath, ['--import', preload, '-e', server], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    const port = Number(chunk.toString().trim());
    expect(await get(port, { 'x-sourcewise-socket-address': '203.0.113.7', 'x-forwarded-for': '203.0.113.8' })).toEqual({ header: '127.0.0.1', marked: true });
    expect(await get(port, {})).toEqual({ header: '127.0.0.1', marked: true });
  } finally {
    child.kill();
  }
});
