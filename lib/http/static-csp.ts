import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The pages Next.js prerendered at build time (components/ui/page-chrome.tsx: the course, its
// lessons, the article) are the same bytes for everyone, so they cannot carry a per-request nonce.
// Their inline scripts (Next's bootstrap and the page's RSC payload, `self.__next_f.push(…)`) and
// styles (the stylesheet, were it inlined) are fixed at build time instead, so the policy lists each one's
// SHA-256: the browser runs those exact scripts, applies those exact styles, and no other inline one. Read from the build itself (the prerender manifest and each
// page's HTML), once per server process and path, so the hashes always match what is served.

type PrerenderManifest = { routes?: Record<string, unknown>; dynamicRoutes?: Record<string, { fallback?: unknown }> };
type RoutesManifest = { staticRoutes?: { regex: string }[]; dynamicRoutes?: { page: string; regex: string }[] };

const NOT_FOUND = '/_not-found';
// Resolved at run time, from the server's own directory: not a file for the bundler to trace.
const distDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || '.next');

type Build = {
  prerendered: Set<string>;
  /** Every route of the build, and whether an unlisted path under it is answered by the prerendered not-found page. */
  routes: { regex: RegExp; isClosed: boolean }[];
};

let build: Build | undefined;
const hashesByPage = new Map<string, PageHashes | null>();

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

function loadBuild(): Build {
  if (build) return build;
  const prerender = readJson<PrerenderManifest>(path.join(distDir(), 'prerender-manifest.json')) ?? {};
  const manifest = readJson<RoutesManifest>(path.join(distDir(), 'routes-manifest.json')) ?? {};
  const closed = new Set(
    Object.entries(prerender.dynamicRoutes ?? {})
      .filter(([, route]) => route.fallback === false)
      .map(([page]) => page),
  );
  build = {
    prerendered: new Set(Object.keys(prerender.routes ?? {})),
    routes: [
      ...(manifest.staticRoutes ?? []).map((r) => ({ regex: new RegExp(r.regex), isClosed: false })),
      ...(manifest.dynamicRoutes ?? []).map((r) => ({ regex: new RegExp(r.regex), isClosed: closed.has(r.page) })),
    ],
  };
  return build;
}

/**
 * Which prerendered page a GET of this path is answered with: the path's own; the not-found page
 * for a path no route matches, or one under a route that prerendered all its pages (dynamicParams
 * false) but not this one; or null when the page renders per request (every page, in development).
 */
export function prerenderedPageFor(pathname: string): string | null {
  // `next dev` renders every page per request, even with an older production build lying in .next.
  if (process.env.NODE_ENV !== 'production') return null;
  const { prerendered, routes } = loadBuild();
  if (prerendered.size === 0) return null;
  if (prerendered.has(pathname)) return pathname;
  const route = routes.find((r) => r.regex.test(pathname));
  return !route || route.isClosed ? NOT_FOUND : null;
}

/** The text of each inline <style> in a page's HTML (the stylesheet, if next.config.js turns inlineCss on; it is off). */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1] ?? '');
}

/** The text of each inline script in a page's HTML (a <script> with no src). */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/i.test(match[1] ?? '')) found.push(match[2] ?? '');
  }
  return found;
}

export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's HTML file in the build: "/" is index.html, "/courses/x" is courses/x.html. */
function htmlFile(pathname: string): string {
  return path.join(distDir(), 'server', 'app', `${pathname === '/' ? '/index' : pathname}.html`);
}

export type PageHashes = { scripts: readonly string[]; styles: readonly string[] };

const hashesOf = (texts: string[]) => [...new Set(texts.map(scriptHash))];

/**
 * The CSP hash-sources for the inline scripts and styles of the prerendered page this path is
 * answered with, or null when it renders per request (and gets the nonce).
 */
export function prerenderedHashes(pathname: string): PageHashes | null {
  const page = prerenderedPageFor(pathname);
  if (page === null) return null;
  // Keyed by the build's own pages, so requests for made-up paths cannot grow the map.
  const known = hashesByPage.get(page);
  if (known !== undefined) return known;
  const file = htmlFile(page);
  const html = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const hashes =
    html === undefined ? null : { scripts: hashesOf(inlineScripts(html)), styles: hashesOf(inlineStyles(html)) };
  hashesByPage.set(page, hashes);
  return hashes;
}

let stylesheetHashes: readonly string[] | undefined;

/**
 * The hashes of the build's stylesheets. With inlineCss on (next.config.js; off today, see there)
 * Next.js writes each into the page's <head> as a <style> with the stylesheet's exact text but
 * without the request's nonce, so a page rendered per request allows its stylesheet by hash. Only these exact stylesheets: no other
 * inline style.
 */
export function buildStylesheetHashes(): readonly string[] {
  if (stylesheetHashes) return stylesheetHashes;
  if (process.env.NODE_ENV !== 'production') return (stylesheetHashes = []);
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.css')) found.push(readFileSync(file, 'utf8'));
    }
  };
  walk(path.join(distDir(), 'static'));
  stylesheetHashes = hashesOf(found);
  return stylesheetHashes;
}
