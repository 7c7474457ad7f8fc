import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, staticContentSecurityPolicy } from './content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('content security policy', () => {
  it("runs only scripts carrying this response's nonce, and what they load", () => {
    const nonce = newNonce();
    const policy = directives(contentSecurityPolicy(nonce, { isDev: false, env: {} }));
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    for (const [name, values] of policy) {
      if (name !== 'style-src-attr') expect(values, name).not.toContain("'unsafe-inline'");
      expect(values, name).not.toContain("'unsafe-eval'");
    }
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it("allows the build's stylesheets, inlined without the nonce, by their hashes", () => {
    const policy = directives(contentSecurityPolicy('n', { isDev: false, env: {}, styleHashes: ["'sha256-CSS'"] }));
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-n'", "'sha256-CSS'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-n'", "'strict-dynamic'"]);
  });

  it('a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("development allows what React's dev build and the error overlay need", () => {
    const policy = directives(contentSecurityPolicy('n', { isDev: true, env: {} }));
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
    expect(policy.get('style-src')).toContain("'unsafe-inline'");
  });

  it('lets the sign-in form go on to a configured OAuth provider, and only then', () => {
    const policy = directives(
      contentSecurityPolicy('n', { isDev: false, env: { GOOGLE_CLIENT_ID: 'x', GITHUB_CLIENT_ID: 'y' } }),
    );
    expect(policy.get('form-action')).toEqual(["'self'", 'https://accounts.google.com', 'https://github.com']);
  });
});

describe('content security policy of a prerendered page', () => {
  it('runs its own inline scripts by hash and scripts of this site, never any other inline script', () => {
    const hashes = ["'sha256-AAAA'", "'sha256-BBBB'"];
    const styles = ["'sha256-CCCC'"];
    const policy = directives(staticContentSecurityPolicy({ scripts: hashes, styles }, { isDev: false, env: {} }));
    expect(policy.get('script-src')).toEqual(["'self'", ...hashes]);
    expect(policy.get('style-src')).toEqual(["'self'", ...styles]);
    for (const [name, values] of policy) {
      if (name !== 'style-src-attr') expect(values, name).not.toContain("'unsafe-inline'");
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(
        values.some((v) => v.startsWith("'nonce-")),
        name,
      ).toBe(false);
    }
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });
});
