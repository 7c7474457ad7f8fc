import { describe, expect, it } from 'vitest';
import { HttpError } from './error-response';
import { assertSameOrigin } from './request-origin';
import { parseOrigin, requestOrigin } from './request-origin';

function post(url: string, headers: Record<string, string>) {
  return new Request(url, { method: 'POST', headers });
}

function refuses(request: Request): boolean {
  try {
    assertSameOrigin(request);
    return false;
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(403);
    return true;
  }
}

describe('assertSameOrigin', () => {
  it('accepts a form from this very site, by the address the browser used', () => {
    expect(
      refuses(post('http://localhost:3000/api/x', { host: '192.168.1.20:3000', origin: 'http://192.168.1.20:3000' })),
    ).toBe(false);
    expect(
      refuses(post('http://localhost/api/x', { host: 'school.example', origin: 'http://school.example:80' })),
    ).toBe(false);
  });
  it.each([
    ['another port', 'http://192.168.1.20:4000'],
    ['another scheme', 'https://192.168.1.20:3000'],
    ['another host', 'http://evil.example:3000'],
    ['a sandboxed page', 'null'],
    ['a garbled origin', 'http://192.168.1.20:3000/path'],
  ])('refuses %s', (_, origin) => {
    expect(refuses(post('http://localhost:3000/api/x', { host: '192.168.1.20:3000', origin }))).toBe(true);
  });
  it('ignores X-Forwarded-Host and X-Forwarded-Proto unless TRUST_PROXY=1', () => {
    const headers = {
      host: 'internal:3000',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      origin: 'https://evil.example',
    };
    const request = post('http://internal:3000/api/x', headers);
    expect(requestOrigin(request, {})).toBe('http://internal:3000');
    expect(refuses(request)).toBe(true);
    expect(requestOrigin(request, { TRUST_PROXY: '1' })).toBe('https://evil.example');
  });
  it('behind a trusted proxy, takes the first of several forwarded values', () => {
    const headers = {
      host: 'internal:3000',
      'x-forwarded-host': 'school.example, internal',
      'x-forwarded-proto': 'https,http',
    };
    expect(requestOrigin(post('http://internal:3000/api/x', headers), { TRUST_PROXY: '1' })).toBe(
      'https://school.example',
    );
  });
});

describe('parseOrigin', () => {
  it('normalises default ports and refuses what is not an origin', () => {
    expect(parseOrigin('https://school.example:443')).toBe('https://school.example');
    expect(parseOrigin('null')).toBeUndefined();
    expect(parseOrigin('ftp://school.example')).toBeUndefined();
    expect(parseOrigin('https://user@school.example')).toBeUndefined();
  });
});
