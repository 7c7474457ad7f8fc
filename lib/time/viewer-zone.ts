import 'server-only';
import { cookies } from 'next/headers';
import { VIEWER_TIME_COOKIE, parseViewerTimeCookie } from './viewer-time';

/** The zone the viewer's pages show dates in (the viewer-time cookie), so a form's wall-clock times are read in it too. */
export async function getViewerTimeZone(): Promise<string> {
  return parseViewerTimeCookie((await cookies()).get(VIEWER_TIME_COOKIE)?.value)?.timeZone ?? 'UTC';
}
