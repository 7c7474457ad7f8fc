// @ts-check

// Security headers that are the same on every response, static files included. The per-request
// Content-Security-Policy (with its nonce) is set in proxy.ts.
//
// Strict-Transport-Security only in production builds (`npm start`): browsers ignore it over plain
// http (RFC 6797 §8.1), so serving http://localhost is unaffected, while behind TLS it keeps every
// later visit on https for two years. No `preload`: that is a decision for whoever owns the domain.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Sourcewise uses none of these; clipboard-write stays allowed for "Copy join code".
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

// Benchmark-only routes (app/**/route.bench.ts, e.g. the no-op floor) become routes only in a build made
// with SOURCEWISE_BENCH_ROUTES=1; any other build has no such route. scripts/lib/build-stamp.ts counts
// the variable, so a bench build is never taken for a current `npm start` build or the other way round.
const isBenchBuild = process.env.SOURCEWISE_BENCH_ROUTES === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  pageExtensions: ['tsx', 'ts', 'jsx', 'js', ...(isBenchBuild ? ['bench.ts'] : [])],
  reactStrictMode: true,
  // The database drivers are native or Node-only; load them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  // Each benchmark and test server builds into its own folder so they never clobber `npm start`'s.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: {
    // Next.js keeps a copy of each request body for proxy.ts, up to this size (10 MB by default), for
    // as long as the upload lasts. No route takes more than DEFAULT_BODY_LIMIT (lib/http/body-limit.ts,
    // 16 KiB; next.config.test.ts holds them equal), and scripts/serve.ts refuses a larger declared body
    // or one without a declared size, so nothing is ever cut short here and a slow upload holds 16 KiB.
    proxyClientMaxBodySize: 16 * 1024,
    // Server Actions (lib/actions/action.ts) take no more than a route does; Next.js's default is 1 MB.
    serverActions: { bodySizeLimit: 16 * 1024 },
    // Not inlineCss: measured 2026-12-03 (README, page speed), inlining the stylesheet made every page's
    // HTML 25–28 KB (gzipped) heavier, the CSS being written twice (the <style> and the RSC payload),
    // and moved no prerendered page's LCP. The CSP allows an inlined stylesheet by hash all the same
    // (lib/http/static-csp.ts), should it be tried again.
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
