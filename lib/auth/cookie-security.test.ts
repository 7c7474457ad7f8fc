import { describe, expect, it } from 'vitest';
import { guestCookieOptions } from '@/lib/auth/guest-token';
import { isCookieSecure, plainHttpCookieWarning } from './cookie-security';

const PRODUCTION = { NODE_ENV: 'production' };

describe('isCookieSecure', () => {
  it.each([
    [{ ...PRODUCTION }, true],
    [{ NODE_ENV: 'development' }, false],
    [{ ...PRODUCTION, NEXTAUTH_URL: 'http://192.168.1.20:3000' }, false],
    [{ ...PRODUCTION, NEXTAUTH_URL: 'https://school.example' }, true],
    [{ NODE_ENV: 'development', NEXTAUTH_URL: 'https://school.example' }, true],
    [{ ...PRODUCTION, COOKIE_SECURE: '0' }, false],
    [{ ...PRODUCTION, COOKIE_SECURE: '0', NEXTAUTH_URL: 'https://school.example' }, false],
    [{ NODE_ENV: 'development', COOKIE_SECURE: '1' }, true],
    [{ ...PRODUCTION, COOKIE_SECURE: 'no' }, true],
  ])('%j → Secure: %s', (env, expected) => {
    expect(isCookieSecure(env)).toBe(expected);
  });
});

describe('guestCookieOptions', () => {
  it('follows the same decision', () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { NODE_ENV: 'production', NEXTAUTH_URL: 'http://192.168.1.20:3000' });
      delete process.env.COOKIE_SECURE;
      expect(guestCookieOptions().secure).toBe(false);
      process.env.NEXTAUTH_URL = 'https://school.example';
      expect(guestCookieOptions().secure).toBe(true);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});

describe('plainHttpCookieWarning', () => {
  it('tells a teacher on a classroom network what to set, with this machine’s address', () => {
    const line = plainHttpCookieWarning(PRODUCTION, '3000', ['192.168.1.20']);
    expect(line).toContain('http://192.168.1.20:3000');
    expect(line).toContain('COOKIE_SECURE=0');
    expect(line).not.toContain('\n');
  });
  it('says nothing when there is no network address, or someone already decided', () => {
    expect(plainHttpCookieWarning(PRODUCTION, '3000', [])).toBeUndefined();
    expect(plainHttpCookieWarning({ ...PRODUCTION, COOKIE_SECURE: '0' }, '3000', ['192.168.1.20'])).toBeUndefined();
    expect(
      plainHttpCookieWarning({ ...PRODUCTION, NEXTAUTH_URL: 'https://school.example' }, '3000', ['192.168.1.20']),
    ).toBeUndefined();
  });
});
