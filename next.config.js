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
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The database drivers are native or Node-only; load them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  // Each benchmark and test server builds into its own folder so they never clobber `npm start`'s.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
