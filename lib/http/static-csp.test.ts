import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inlineScripts, scriptHash } from './static-csp';

describe('the inline scripts of a prerendered page', () => {
  it('finds each inline script exactly as written, and no external one', () => {
    const html =
      '<head><script src="/_next/static/chunks/a.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script></head>' +
      '<body><p>x</p><SCRIPT id="_R_">self.__next_f.push([1,"a<\\/b"])\n</SCRIPT><script async src="/b.js"></script></body>';
    expect(inlineScripts(html)).toEqual([
      '(self.__next_f=self.__next_f||[]).push([0])',
      'self.__next_f.push([1,"a<\\/b"])\n',
    ]);
  });

  it('hashes a script as the browser does: SHA-256 of its UTF-8 text, base64', () => {
    const text = 'self.__next_f.push([1,"é"])';
    expect(scriptHash(text)).toBe(
      `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`,
    );
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('which prerendered page answers a path', () => {
  it("is the path's own, the not-found page for a path no route has, and none for a page rendered per request", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'static-csp-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    write(
      'prerender-manifest.json',
      JSON.stringify({
        routes: { '/': {}, '/courses/c': {}, '/_not-found': {} },
        dynamicRoutes: { '/courses/[courseId]': { fallback: false } },
      }),
    );
    write(
      'routes-manifest.json',
      JSON.stringify({
        staticRoutes: [{ regex: '^/(?:/)?$' }, { regex: '^/dashboard(?:/)?$' }],
        dynamicRoutes: [
          { page: '/courses/[courseId]', regex: '^/courses/([^/]+?)(?:/)?$' },
          { page: '/attempts/[attemptId]', regex: '^/attempts/([^/]+?)(?:/)?$' },
        ],
      }),
    );
    write(
      'server/app/index.html',
      '<style>p{color:red}</style><script src="/_next/a.js"></script><script>one()</script>',
    );
    write('server/app/courses/c.html', '<script>two()</script><script>two()</script>');
    write('server/app/_not-found.html', '<script>three()</script>');
    write('static/chunks/x/app.css', 'p{color:red}');
    vi.stubEnv('NEXT_DIST_DIR', dir);
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    const {
      buildStylesheetHashes,
      prerenderedPageFor,
      prerenderedHashes,
      scriptHash: hash,
    } = await import('./static-csp');
    const prerenderedScriptHashes = (p: string) => prerenderedHashes(p)?.scripts ?? null;
    expect(prerenderedPageFor('/')).toBe('/');
    expect(prerenderedHashes('/')).toEqual({ scripts: [hash('one()')], styles: [hash('p{color:red}')] });
    expect(prerenderedScriptHashes('/courses/c')).toEqual([hash('two()')]);
    // Not prerendered under a route that prerendered all its pages, or under no route at all: Next answers with the not-found page.
    expect(prerenderedScriptHashes('/courses/other')).toEqual([hash('three()')]);
    expect(prerenderedPageFor('/no/such/page')).toBe('/_not-found');
    // Per request: the nonce, not hashes.
    expect(prerenderedScriptHashes('/dashboard')).toBeNull();
    expect(prerenderedScriptHashes('/attempts/a_1')).toBeNull();
    // A page rendered per request allows the build's stylesheet, which Next inlines without the nonce.
    expect(buildStylesheetHashes()).toEqual([hash('p{color:red}')]);
    vi.stubEnv('NODE_ENV', 'development');
    expect(prerenderedScriptHashes('/')).toBeNull();
    vi.unstubAllEnvs();
  });
});
