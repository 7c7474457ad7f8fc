import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT } from './body-limit';
import { refusalFor } from './request-guard';

const get = (url: string, headers = {}) => ({ method: 'GET', url, headers });

describe('refusalFor', () => {
  it('lets ordinary requests through', () => {
    expect(refusalFor(get('/attempts/a_1?x=%20#y'))).toBeUndefined();
    expect(
      refusalFor({ method: 'POST', url: '/api/accounts', headers: { 'content-length': String(DEFAULT_BODY_LIMIT) } }),
    ).toBeUndefined();
    expect(refusalFor(get('/%E2%9C%93'))).toBeUndefined();
  });
  it.each(['TRACE', 'TRACK', 'CONNECT', 'PROPFIND'])('refuses %s with 405 and the methods it takes', (method) => {
    const refusal = refusalFor({ method, url: '/', headers: {} });
    expect(refusal?.status).toBe(405);
    expect(refusal?.headers?.Allow).toContain('POST');
  });
  it.each(['/attempts/%ff', '/courses/%c0%af', '/%E0%A4%A', '/a%'])(
    'refuses %s, whose escapes do not decode, with 400',
    (url) => {
      expect(refusalFor(get(url))?.status).toBe(400);
    },
  );
  it('refuses a declared body over the cap with 413, and a body of undeclared size with 411', () => {
    expect(
      refusalFor({
        method: 'POST',
        url: '/api/accounts',
        headers: { 'content-length': String(DEFAULT_BODY_LIMIT + 1) },
      })?.status,
    ).toBe(413);
    expect(
      refusalFor({ method: 'POST', url: '/api/accounts', headers: { 'transfer-encoding': 'chunked' } })?.status,
    ).toBe(411);
  });
});
