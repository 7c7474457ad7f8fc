// The header that carries the TCP peer's address from the HTTP server to route handlers. Only
// scripts/serve.ts (through scripts/lib/socket-address.ts) sets it: it overwrites whatever a client sent, and marks the
// process so that the app believes the header only where it is overwritten.

export const SOCKET_ADDRESS_HEADER = 'x-sourcewise-socket-address';
export const SOCKET_ADDRESS_MARK = Symbol.for('sourcewise.socketAddressHeader');

export function isSocketAddressHeaderTrusted(): boolean {
  return (globalThis as Record<symbol, unknown>)[SOCKET_ADDRESS_MARK] === true;
}
