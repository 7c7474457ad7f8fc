import { SOCKET_ADDRESS_HEADER, isSocketAddressHeaderTrusted } from './socket-address';

/**
 * The client's address, for per-IP limits. Behind a trusted proxy (TRUST_PROXY=1, a load balancer
 * that appends the address it saw) it is the last X-Forwarded-For entry. Otherwise it is the TCP
 * peer's address, which `npm start` puts in a header of its own (scripts/serve.ts):
 * Next.js gives a route handler no socket, and sets X-Forwarded-For from the socket only when the
 * client sent none, so that header is the client's to forge. Undefined when neither is known
 * (e.g. `next dev`); then only the per-account and per-user limits apply.
 */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string | undefined {
  const get = (name: string) =>
    (headers instanceof Headers ? headers.get(name) : [headers[name]].flat()[0]) ?? undefined;
  const address =
    process.env.TRUST_PROXY === '1'
      ? get('x-forwarded-for')?.split(',').at(-1)?.trim() || get('x-real-ip')
      : isSocketAddressHeaderTrusted()
        ? get(SOCKET_ADDRESS_HEADER)
        : undefined;
  return address ? limitKeyOfAddress(address) : undefined;
}

/**
 * The key a per-address limit counts under. An IPv4 address is itself (also when written as an
 * IPv4-mapped IPv6 address, as a dual-stack server sees it). An IPv6 address counts by its /64:
 * one home or phone gets a whole /64 and can pick a fresh address for every request.
 */
export function limitKeyOfAddress(address: string): string {
  const plain = address.trim().replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1]!;
  if (!plain.includes(':')) return plain;
  const [head = '', tail] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, '') || '0')
    .join(':')}::/64`;
}
