'use client';

import { useSyncExternalStore } from 'react';

// The server does not know the viewer's time zone: it renders UTC and says so, and the browser
// swaps in its own zone once it runs.

const utc = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const noop = () => () => undefined;
// dateStyle cannot be combined with timeZoneName, so the parts are named one by one.

export function LocalTime({ iso }: { iso: string }) {
  const local = useSyncExternalStore(
    noop,
    () => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso)),
    () => null,
  );
  return <time dateTime={iso}>{local ?? `${utc.format(new Date(iso))} UTC`}</time>;
}
