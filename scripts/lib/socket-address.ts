// For scripts/serve.ts, the server `npm start` runs: writes each request's TCP peer address into
// a header of our own before Next.js sees the request, replacing any value the client sent, and
// marks the process so that the app believes that header (lib/limits/socket-address.ts). Per-IP
// limits need the real address; Next.js gives route handlers no socket, and passes a client's own
// X-Forwarded-For through.
import type { IncomingMessage } from 'node:http';
import { SOCKET_ADDRESS_HEADER, SOCKET_ADDRESS_MARK } from '../../lib/limits/socket-address';

export function trustSocketAddressHeader(): void {
  (globalThis as Record<symbol, unknown>)[SOCKET_ADDRESS_MARK] = true;
}

export function stampSocketAddress(request: IncomingMessage): void {
  request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? '';
}
