import { readdirSync } from 'node:fs';
import { extname, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';

// The matcher as Next.js applies it: a whole-path regular expression (proxy.ts uses a plain regex source).
const runsProxy = (path: string) => config.matcher.some((source) => new RegExp(`^${source}$`).test(path));

// Files in app/ that Next.js serves as they are (metadata files), and everything in public/: they
// keep next.config.js's headers and need neither a CSP nonce nor a guest identity.
const STATIC_METADATA =
  /^(favicon\.ico|(icon|apple-icon|opengraph-image|twitter-image)\d*\.(ico|png|jpg|jpeg|gif|svg)|robots\.txt|sitemap\.xml|manifest\.(json|webmanifest))$/;

describe('proxy matcher', () => {
  it('skips every static metadata file in app/', () => {
    const files = readdirSync('app').filter((name) => STATIC_METADATA.test(name));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(runsProxy(`/${file}`), file).toBe(false);
    const publicFiles = (readdirSync('public', { recursive: true }) as string[]).filter((f) => extname(f) !== '');
    expect(publicFiles).toEqual(expect.arrayContaining(['robots.txt', 'manifest.webmanifest']));
    for (const file of publicFiles) expect(runsProxy(`/${file.split(sep).join('/')}`), file).toBe(false);
    expect(runsProxy('/_next/static/chunks/app.js')).toBe(false);
    expect(runsProxy('/api/health')).toBe(false);
  });
  it.each([
    '/',
    '/join/ABCD-EFGH.txt',
    '/courses/x.js',
    '/attempts/a_1.svg',
    '/articles/a.css',
    '/favicon.ico',
    '/robots.txt.bak',
    '/icons/other.png',
    '/icons/sourcewise-192.png/x',
    '/api/attempts',
    '/api/health/x',
  ])('runs for %s, which is a page or route (or its not-found page), so it gets a CSP', (path) => {
    expect(runsProxy(path)).toBe(true);
  });
});
