// The largest request body any route accepts. Its own module (no Next.js imports) so the server in
// front of Next.js (scripts/serve.ts) and next.config.js's test can use it too.
export const DEFAULT_BODY_LIMIT = 16 * 1024;
