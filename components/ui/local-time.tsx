'use client';

import { createContext, use, useEffect, useSyncExternalStore } from 'react';
import {
  VIEWER_TIME_COOKIE,
  VIEWER_TIME_COOKIE_MAX_AGE,
  currentViewerTime,
  formatViewerDay,
  formatViewerTime,
  viewerTimeCookieValue,
  type ViewerTime,
} from '@/lib/time/viewer-time';

// Dates and times appear in the viewer's own time zone and date format, and should already be
// right in the HTML the server sends, so that nothing changes on screen (and no table column
// shifts) once the page has loaded. The browser remembers its zone and locale in a cookie
// (lib/time/viewer-time.ts); the root layout reads it and hands it down through
// ViewerTimeProvider, so LocalTime gets it both on the server and inside client components.
//
// LocalTime renders the server's choice first, in the browser too while hydrating, then switches
// to the browser's own zone and locale only if they differ:
// - from the second page load on, the cookie matches the browser: the text never changes;
// - on a first visit (no cookie) the server shows UTC and says so, and the browser swaps in its
//   own zone a moment later;
// - after travel (the cookie names the old zone) the browser shows the current zone, and the
//   provider updates the cookie for the next page.

const ViewerTimeContext = createContext<ViewerTime | null>(null);

function cookieValue(name: string): string | undefined {
  const prefix = `${name}=`;
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length);
}

/** Writes the browser's zone and locale to the cookie, only when it is missing or out of date. */
function rememberViewerTime() {
  const value = viewerTimeCookieValue(currentViewerTime());
  if (!value || cookieValue(VIEWER_TIME_COOKIE) === value) return;
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${VIEWER_TIME_COOKIE}=${value}; Path=/; Max-Age=${VIEWER_TIME_COOKIE_MAX_AGE}; SameSite=Lax${secure}`;
}

/** `viewerTime` is what the server read from the cookie (null: none, or one it could not use). */
export function ViewerTimeProvider({
  viewerTime,
  children,
}: {
  viewerTime: ViewerTime | null;
  children: React.ReactNode;
}) {
  useEffect(rememberViewerTime, []);
  return <ViewerTimeContext value={viewerTime}>{children}</ViewerTimeContext>;
}

const noop = () => () => undefined;

/** `weekday`: "Thursday 10 Dec, 08:00", for the days ahead; otherwise the full date and zone. */
export function LocalTime({ iso, style = 'full' }: { iso: string; style?: 'full' | 'weekday' }) {
  const serverChoice = use(ViewerTimeContext);
  const format = style === 'weekday' ? formatViewerDay : formatViewerTime;
  const text = useSyncExternalStore(
    noop,
    () => format(iso, currentViewerTime()),
    () => format(iso, serverChoice),
  );
  // suppressHydrationWarning covers one case only: the server's Node and the browser can carry
  // different versions of the time-zone and locale data, and so spell the same zone and locale
  // slightly differently. React then keeps the server's text (correct, and already on screen)
  // instead of discarding the page's HTML and rendering it again in the browser.
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
