import 'server-only';
import { isCookieSecure } from './cookie-security';

/**
 * The claim notice's cookie (claim-notice.ts): short-lived in case the landing page is never
 * loaded, and readable by the page's script, which shows and deletes it; it holds two counts only.
 */
export function claimNoticeCookieOptions() {
  return { httpOnly: false, sameSite: 'lax' as const, secure: isCookieSecure(), path: '/', maxAge: 120 };
}
