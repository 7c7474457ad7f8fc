import 'server-only';
import { cookies } from 'next/headers';
import { VIEWER_TIME_COOKIE, parseViewerTimeCookie, type ViewerTime } from './viewer-time';

/** Without the cookie (a first visit): UTC, with dates written the way the UTC fallback writes them. */
export const FALLBACK_VIEWER_TIME: ViewerTime = { timeZone: 'UTC', locale: 'en-GB' };

/** The zone and locale the viewer's pages show dates in (the viewer-time cookie), or the fallback. */
export async function getViewerTime(): Promise<ViewerTime> {
  return parseViewerTimeCookie((await cookies()).get(VIEWER_TIME_COOKIE)?.value) ?? FALLBACK_VIEWER_TIME;
}

/** The zone the viewer's pages show dates in (the viewer-time cookie), so a form's wall-clock times are read in it too. */
export async function getViewerTimeZone(): Promise<string> {
  return parseViewerTimeCookie((await cookies()).get(VIEWER_TIME_COOKIE)?.value)?.timeZone ?? 'UTC';
}
