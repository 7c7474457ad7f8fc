// What a first visit to a page downloads, as a browser without cache would fetch it: the HTML
// document, each external script and stylesheet it references. Sizes are gzip level 9 of the raw
// bodies, computed here rather than taken from the wire, so the numbers do not depend on how the
// server happens to compress (next start uses gzip at its default level; a CDN might use brotli).
import { gzipSync } from 'node:zlib';

export type Asset = { url: string; bytes: number; gz: number };

export type PageWeight = {
  url: string;
  html: Asset;
  /** External scripts, each gzipped on its own as it is served. */
  scripts: Asset[];
  /** Inline <script> bodies (mostly the RSC payload); already inside the HTML, reported apart. */
  inline: { count: number; bytes: number; gz: number };
  styles: Asset[];
  /** JS files the inline payload names but no tag loads (lazy chunks, or a sign this parser is stale). */
  unlisted: string[];
};

export const gzipSize = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

export const sum = (assets: Asset[], key: 'bytes' | 'gz' = 'gz'): number => assets.reduce((n, a) => n + a[key], 0);

function attr(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`, 'i').exec(attrs);
  if (!match) return undefined;
  return (match[1] ?? match[2] ?? match[3] ?? '').replace(/&amp;/g, '&');
}

// Script types a browser executes; anything else (JSON, ld+json) is data and not counted as JS.
const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** Script and stylesheet URLs a modern browser fetches for this HTML, plus the inline script bodies. */
export function parseHtml(html: string): { scripts: string[]; styles: string[]; inline: string[]; skipped: string[] } {
  const scripts = new Set<string>();
  const skipped: string[] = [];
  const styles = new Set<string>();
  const inline: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!JS_TYPES.has((attr(attrs, 'type') ?? '').toLowerCase())) continue;
    const src = attr(attrs, 'src');
    // nomodule scripts are legacy polyfills that modern browsers skip.
    if (attr(attrs, 'nomodule') !== undefined) {
      if (src) skipped.push(src);
      continue;
    }
    if (src) scripts.add(src);
    else if (body.trim()) inline.push(body);
  }
  for (const [, attrs = ''] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const rel = (attr(attrs, 'rel') ?? '').toLowerCase().split(/\s+/);
    const as = (attr(attrs, 'as') ?? '').toLowerCase();
    const href = attr(attrs, 'href');
    if (!href) continue;
    // Preloads are fetched on the first visit too; the Sets dedupe them against the tags they announce.
    if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style')) styles.add(href);
    if ((rel.includes('preload') && as === 'script') || rel.includes('modulepreload')) scripts.add(href);
  }
  return { scripts: [...scripts], styles: [...styles], inline, skipped };
}

async function fetchAsset(url: string, headers: Record<string, string> = {}): Promise<{ asset: Asset; text: string }> {
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(15_000) });
  if (!res.ok) throw new Error(`GET ${url} → ${res.status}`);
  // fetch has already undone the server's own compression, so this is the raw body.
  const body = Buffer.from(await res.arrayBuffer());
  return { asset: { url, bytes: body.length, gz: gzipSize(body) }, text: body.toString('utf8') };
}

/** `headers` go with the page request only (a session cookie); scripts and styles are public. */
export async function measurePage(url: string, headers: Record<string, string> = {}): Promise<PageWeight> {
  const { asset: html, text } = await fetchAsset(url, headers);
  const found = parseHtml(text);
  const resolve = (href: string) => new URL(href, url).href;
  const scripts = await Promise.all(found.scripts.map(async (s) => (await fetchAsset(resolve(s))).asset));
  const styles = await Promise.all(found.styles.map(async (s) => (await fetchAsset(resolve(s))).asset));
  const inlineText = found.inline.join('\n');
  // The RSC payload names the client chunks a page hydrates with; each should also be a tag above.
  const named = new Set(inlineText.match(/\/_next\/static\/[\w./-]+?\.js/g) ?? []);
  const tagged = new Set([...found.scripts, ...found.skipped].map((src) => new URL(src, url).pathname));
  const unlisted = [...named].filter((js) => !tagged.has(js));
  return {
    url,
    html,
    scripts,
    styles,
    unlisted,
    inline: {
      count: found.inline.length,
      bytes: Buffer.byteLength(inlineText),
      gz: found.inline.length ? gzipSize(inlineText) : 0,
    },
  };
}
