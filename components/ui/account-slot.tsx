'use client';

import { useEffect, useState } from 'react';
import { getMe } from '@/components/api/page-reads';
import { AccountMenu, type Me } from './account-menu';

/**
 * The header's account corner on a prerendered page (the same HTML for everyone): asks who is
 * signed in once the page is up, then shows their menu or "Sign in". Until then it keeps the room
 * "Sign in" takes, blank, so it never says "Sign in" to someone who is signed in.
 */
export function AccountSlot() {
  const [me, setMe] = useState<Me | undefined>(undefined);
  const [isKnown, setIsKnown] = useState(false);
  useEffect(() => {
    let isLive = true;
    void getMe().then((found) => {
      if (!isLive) return;
      setMe(found ?? null);
      setIsKnown(true);
    });
    return () => {
      isLive = false;
    };
  }, []);
  // The size of "Sign in", invisible: a taller box here made the header (and the page) jump when it went.
  // Without scripts nobody asks: the prerendered page then offers the sign-in link (<noscript>).
  if (!isKnown)
    return (
      <>
        <noscript>
          <a href="/sign-in" className="inline-flex min-h-11 items-center rounded underline-offset-4 hover:underline">
            Sign in
          </a>
        </noscript>
        <span aria-hidden="true" className="invisible">
          Sign in
        </span>
      </>
    );
  // The page's header already has the guest's Menu with the course, article and progress links.
  return <AccountMenu me={me ?? null} phoneLinks={[]} />;
}
