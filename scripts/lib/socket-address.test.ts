import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import {
  isSocketAddressHeaderTrusted,
  SOCKET_ADDRESS_HEADER,
  SOCKET_ADDRESS_MARK,
} from '../../lib/limits/socket-address';
import { stampSocketAddress, trustSocketAddressHeader } from './socket-address';

// What scripts/serve.ts does to every request: whatever address header a client sends, the app
// sees the TCP peer's address, and believes the header only in a process that stamps it.

afterEach(() => delete (globalThis as Record<symbol, unknown>)[SOCKET_ADDRESS_MARK]);

function get(port: number, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, headers }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

it('[attacker] a forged address header is replaced by the socket address, and only a stamping process believes it', async () => {
  expect(isSocketAddressHeaderTrusted()).toBe(false);
  trustSocketAddressHeader();
  expect(isSocketAddressHeaderTrusted()).toBe(true);
  const server = http.createServer((req, res) => {
    stampSocketAddress(req);
    res.end(String(req.headers[SOCKET_ADDRESS_HEADER]));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    expect(await get(port, { [SOCKET_ADDRESS_HEADER]: '203.0.113.7', 'x-forwarded-for': '203.0.113.8' })).toBe(
      '127.0.0.1',
    );
    expect(await get(port, {})).toBe('127.0.0.1');
  } finally {
    server.close();
  }
});
