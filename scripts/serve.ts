// The production server `npm start` runs: Next.js behind a thin Node front door (lib/http/request-guard.ts)
// that refuses, with the site's security headers, what Next.js would answer with a bare 500 or only
// after reading a whole oversized body. Everything else goes to Next.js unchanged.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import nextConfig from '../next.config.js';
import { contentSecurityPolicy, newNonce } from '../lib/http/content-security-policy';
import { refusalFor, type Refusal } from '../lib/http/request-guard';
import { stampSocketAddress, trustSocketAddressHeader } from './lib/socket-address';

const port = Number(process.env.PORT || 3000);
const app = next({ dev: false, dir: process.cwd(), port });
// The same headers next.config.js gives every response, so a refusal is no less protected.
const staticHeaders = (await nextConfig.headers!())[0]?.headers ?? [];

function securityHeaders(): Record<string, string> {
  return {
    ...Object.fromEntries(staticHeaders.map((h) => [h.key, h.value])),
    'Content-Security-Policy': contentSecurityPolicy(newNonce()),
  };
}

// A refused body up to this size is read and thrown away after the answer, so a client that sends
// it at once finishes its upload and reads the 413 (cutting it off mid-upload gave clients a broken
// pipe, not the message). Anything larger, or still arriving after DRAIN_MS (a slow upload holding
// a connection open), is cut off.
const DRAIN_LIMIT = 16 * 1024 * 1024;
const DRAIN_MS = 2_000;

function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  const body = JSON.stringify({ error: refusal.message });
  const declared = Number(req.headers['content-length'] ?? 0);
  const drains = req.headers['transfer-encoding'] === undefined && declared <= DRAIN_LIMIT;
  res.writeHead(refusal.status, {
    ...securityHeaders(),
    ...refusal.headers,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...(drains ? {} : { Connection: 'close' }),
  });
  res.end(body);
  if (!drains) return;
  // Node discards the rest of an unread body once the response is done; this bounds how long.
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_MS);
  req.on('end', () => clearTimeout(timer));
  req.on('close', () => clearTimeout(timer));
  req.resume();
}

await app.prepare();
const handle = app.getRequestHandler();
const isProxyTrusted = process.env.TRUST_PROXY === '1';
trustSocketAddressHeader();
const server = createServer((req, res) => {
  stampSocketAddress(req);
  // Without a trusted proxy these are whatever the client sent; Next.js fills them in from the
  // connection when they are absent, which is then what request.url and assertSameOrigin see.
  if (!isProxyTrusted)
    for (const name of ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port']) delete req.headers[name];
  const refusal = refusalFor(req);
  if (refusal) refuse(req, res, refusal);
  else void handle(req, res);
});
// Requests Node's parser cannot read at all (an unknown method, a malformed header) get a 400 with
// the same headers instead of Node's bare one.
server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
  const body = JSON.stringify({ error: 'The request could not be read.' });
  const headers = {
    ...securityHeaders(),
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  socket.end(
    `HTTP/1.1 400 Bad Request\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')}\r\n\r\n${body}`,
  );
});
server.listen(port, () => console.log(`✓ Ready on port ${port}`));
