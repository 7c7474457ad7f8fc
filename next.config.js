// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The database drivers are native or Node-only; load them from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  // Each benchmark and test server builds into its own folder so they never clobber `npm start`'s.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
