import { expect } from '@playwright/test';

/** The headers every response carries, errors and refusals included (next.config.js, proxy.ts, scripts/serve.ts). */
export function expectSecurityHeaders(headers: Record<string, string>, label: string) {
  expect(headers['content-security-policy'], label).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy'], label).toContain("default-src 'self'");
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], label).toBe('DENY');
}
