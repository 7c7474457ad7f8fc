// Moved to lib/auth/cookie-security.ts (a setting of the auth cookies, not of HTTP handling); this
// address stays for scripts/start.ts.
export { isCookieSecure, plainHttpCookieWarning } from '../auth/cookie-security';
