import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientIp, limitKeyOfAddress } from './client-ip';
import { SOCKET_ADDRESS_HEADER, SOCKET_ADDRESS_MARK } from './socket-address';

const marks = globalThis as Record<symbol, unknown>;

describe('clientIp', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    delete marks[SOCKET_ADDRESS_MARK];
  });

  it('[attacker] without a trusted proxy a forged X-Forwarded-For is ignored: the socket address counts, and only where npm start wrote it', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9', [SOCKET_ADDRESS_HEADER]: '198.51.100.4' });
    expect(clientIp(headers)).toBeUndefined();
    marks[SOCKET_ADDRESS_MARK] = true;
    expect(clientIp(headers)).toBe('198.51.100.4');
  });

  it('behind a trusted proxy (TRUST_PROXY=1) the address the proxy appended counts', () => {
    vi.stubEnv('TRUST_PROXY', '1');
    expect(clientIp({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7', [SOCKET_ADDRESS_HEADER]: '10.0.0.1' })).toBe(
      '198.51.100.7',
    );
  });
});

describe('limitKeyOfAddress', () => {
  it('counts an IPv4 address as itself, however the server saw it', () => {
    expect(limitKeyOfAddress('192.0.2.7')).toBe('192.0.2.7');
    expect(limitKeyOfAddress('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  it('[attacker] counts every address of one IPv6 /64 together, however it is written', () => {
    const key = limitKeyOfAddress('2001:db8:1:2::1');
    expect(key).toBe('2001:db8:1:2::/64');
    for (const other of ['2001:0db8:0001:0002:ffff:1:2:3', '2001:DB8:1:2:aaaa::9', '2001:db8:1:2::1%eth0'])
      expect(limitKeyOfAddress(other)).toBe(key);
    expect(limitKeyOfAddress('2001:db8:1:3::1')).not.toBe(key);
    expect(limitKeyOfAddress('::1')).toBe('0:0:0:0::/64');
  });
});
