import { SOCKET_ADDRESS_HEADER, isSocketAddressHeaderTrusted } from './socket-address';

/**
 * The client's address, for per-IP limits. Behind a trusted proxy (TRUST_PROXY=1, a load balancer
 * that appends the address it saw) it is the last X-Forwarded-For entry. Otherwise it is the TCP
 * peer's address, which `npm start` puts in a header of its own (scripts/lib/socket-address.mjs):
 * Next.js gives a route handler no socket, and sets X-Forwarded-For from the socket only when the
 * client sent none, so that header is the client's to forge. Undefined when neither is known
 * (e.g. `next dev`); then only the per-account and per-user limits apply.
 */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string | undefined {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : [headers[name]].flat()[0]) ?? undefined;
  if (process.env.TRUST_PROXY === '1') return get('x-forwarded-for')?.split(',').at(-1)?.trim() || get('x-real-ip') || undefined;
  return isSocketAddressHeaderTrusted() ? get(SOCKET_ADDRESS_HEADER) || undefined : undefined;
}
