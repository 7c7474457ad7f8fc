'use client';

import { useSyncExternalStore } from 'react';
import { CLAIM_NOTICE_COOKIE, describeClaimNotice, parseClaimNotice, type ClaimNotice } from '@/lib/auth/claim-notice';
import { chromeWidth } from './wide-layout';

function takeClaimNotice(): ClaimNotice | undefined {
  const prefix = `${CLAIM_NOTICE_COOKIE}=`;
  const value = document.cookie
    .split('; ')
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length);
  if (value === undefined) return undefined;
  // Said once: gone before the next page load, whatever it held.
  document.cookie = `${CLAIM_NOTICE_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
  return parseClaimNotice(value);
}

/** Read once per page load (null until then); the cookie is gone after the first read. */
let taken: ClaimNotice | undefined | null = null;
const readOnce = () => (taken === null ? (taken = takeClaimNotice()) : taken);
const noSubscription = () => () => {};

/** Under the header on the page a person lands on after signing in: what came over from their guest session. */
export function ClaimNoticeBanner() {
  // Nothing on the server (the page may be the same HTML for everyone); in the browser, the cookie.
  const notice = useSyncExternalStore(noSubscription, readOnce, () => undefined);
  if (!notice) return null;
  return (
    <div className={`${chromeWidth} w-full px-4 pt-4 sm:px-6`}>
      <p
        role="status"
        data-claim-notice
        className="rounded-lg border border-green-700 bg-green-50 p-3 text-sm font-semibold text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100"
      >
        <span aria-hidden="true">✓ </span>
        {describeClaimNotice(notice)}
      </p>
    </div>
  );
}
