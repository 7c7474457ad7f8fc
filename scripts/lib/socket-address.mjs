// Preloaded into the `next start` server by scripts/start.ts (node --import): writes each
// request's TCP peer address into x-sourcewise-socket-address before Next.js sees the request,
// replacing any value the client sent, so per-IP limits can count real addresses (Next.js gives
// route handlers no socket, and passes a client's own X-Forwarded-For through). Kept in step with
// lib/limits/socket-address.ts.
import http from 'node:http';

const HEADER = 'x-sourcewise-socket-address';
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithSocketAddress(event, ...args) {
  if (event === 'request') {
    const [request] = args;
    request.headers[HEADER] = request.socket?.remoteAddress ?? '';
  }
  return emit.call(this, event, ...args);
};
globalThis[Symbol.for('sourcewise.socketAddressHeader')] = true;
