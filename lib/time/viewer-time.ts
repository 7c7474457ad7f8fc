// Dates and times are shown in the viewer's own time zone and date format. The server cannot ask
// the browser for them, so the browser remembers them in a small first-party cookie (written by
// components/ui/local-time.tsx) and the server renders with them from the second page load on.
// Without the cookie (a first visit, or one the server cannot use) the server shows UTC and says
// so, and the browser swaps in its own zone once its scripts run.
//
// This module runs on both sides: the server (validating the cookie and rendering the page) and
// the browser (rendering the same text while hydrating, and writing the cookie). Both format with
// formatViewerTime, so when the cookie matches the browser the two strings are identical and React
// keeps the text the server sent: nothing changes on screen after the page appears.

/** Not HttpOnly: the browser writes it. It holds nothing secret, only what any script could ask Intl. */
export const VIEWER_TIME_COOKIE = 'sw_tz';
/** A year, renewed whenever the browser finds the cookie missing or out of date. */
export const VIEWER_TIME_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** An IANA time zone ("America/New_York") and a BCP 47 locale ("en-US") for dates. */
export type ViewerTime = { timeZone: string; locale: string };

// The cookie is "<zone>|<locale>". Both parts are checked for shape first (so nothing odd reaches
// Intl, and the value needs no escaping in a cookie), then by Intl itself. The longest IANA name
// is 32 characters; a locale with a few Unicode extensions stays well under 64.
const MAX_COOKIE_LENGTH = 129;
const MAX_PART_LENGTH = 64;
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;
const LOCALE_SHAPE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

function validTimeZone(timeZone: string): boolean {
  // Intl.supportedValuesOf('timeZone') is no good here: it lists canonical zones only, without
  // "UTC" or aliases such as "Asia/Calcutta", which browsers report. The constructor accepts
  // exactly the zones it can format in, and throws a RangeError for any other.
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The locale as Intl spells it ("EN-us" → "en-US"), or null if Intl has no data for it. */
function supportedLocale(locale: string): string | null {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? null;
  } catch {
    // A structurally invalid tag (RangeError).
    return null;
  }
}

/**
 * The viewer's zone and locale from the cookie, or null for anything the server cannot use
 * (missing, too long, malformed, an unknown zone or locale). Never throws: a bad cookie only
 * means the page is rendered in UTC, as on a first visit.
 */
export function parseViewerTimeCookie(value: string | undefined | null): ViewerTime | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_COOKIE_LENGTH) return null;
  // Every page request reads the cookie, and asking Intl costs about 50 µs; a server sees few
  // distinct values, so each is checked once (a bounded memo, as for the formatters below).
  if (checked.has(value)) return checked.get(value)!;
  if (checked.size >= MAX_CHECKED) checked.clear();
  const result = checkViewerTime(value);
  checked.set(value, result);
  return result;
}

const checked = new Map<string, ViewerTime | null>();
const MAX_CHECKED = 256;

function checkViewerTime(value: string): ViewerTime | null {
  const parts = value.split('|');
  if (parts.length !== 2) return null;
  const [timeZone, rawLocale] = parts as [string, string];
  if (timeZone.length > MAX_PART_LENGTH || !ZONE_SHAPE.test(timeZone) || !validTimeZone(timeZone)) return null;
  if (rawLocale.length > MAX_PART_LENGTH || !LOCALE_SHAPE.test(rawLocale)) return null;
  const locale = supportedLocale(rawLocale);
  return locale ? { timeZone, locale } : null;
}

/** The cookie's value for these settings, or null if the server would refuse it anyway. */
export function viewerTimeCookieValue(viewer: ViewerTime): string | null {
  const value = `${viewer.timeZone}|${viewer.locale}`;
  const parsed = parseViewerTimeCookie(value);
  return parsed && parsed.timeZone === viewer.timeZone && parsed.locale === viewer.locale ? value : null;
}

let current: ViewerTime | undefined;

/**
 * The zone and locale this JavaScript engine formats dates in by default (in a browser: the
 * viewer's). Read once per page: every LocalTime asks on every render, and Intl takes about 50 µs
 * to answer.
 */
export function currentViewerTime(): ViewerTime {
  if (!current) {
    const { timeZone, locale } = new Intl.DateTimeFormat().resolvedOptions();
    current = { timeZone, locale };
  }
  return current;
}

// dateStyle cannot be combined with timeZoneName, so the parts are named one by one. The zone's
// name ("EST", "GMT-5") is always shown, so a date is never ambiguous.
const OPTIONS = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
} as const satisfies Intl.DateTimeFormatOptions;

const utc = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

// A gradebook formats hundreds of dates; building a formatter each time would be the slow part.
// Kept small: a server sees few distinct zones and locales, and nobody gains by sending more.
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 64;

function formatterFor({ timeZone, locale }: ViewerTime): Intl.DateTimeFormat {
  const key = `${timeZone}|${locale}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatter = new Intl.DateTimeFormat(locale, { ...OPTIONS, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The text for a date and time: in the viewer's zone and locale when known, otherwise in UTC,
 * saying so ("28 Nov 2026, 14:00 UTC").
 */
export function formatViewerTime(iso: string, viewer: ViewerTime | null): string {
  const date = new Date(iso);
  return viewer ? formatterFor(viewer).format(date) : `${utc.format(date)} UTC`;
}

// For what a student plans their week by ("opens Thursday 10 Dec, 08:00"): the weekday first, no
// year and no zone name, since it is the viewer's own zone and the coming days. Without the
// viewer's zone it is UTC, and says so.
const DAY_OPTIONS = {
  weekday: 'long',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
} as const satisfies Intl.DateTimeFormatOptions;

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Thursday 10 Dec, 08:00" in the viewer's zone and locale, or "Thursday 10 Dec, 07:00 UTC" without them. */
export function formatViewerDay(iso: string, viewer: ViewerTime | null): string {
  const { timeZone, locale } = viewer ?? { timeZone: 'UTC', locale: 'en-GB' };
  const key = `${timeZone}|${locale}`;
  let formatter = dayFormatters.get(key);
  if (!formatter) {
    if (dayFormatters.size >= MAX_FORMATTERS) dayFormatters.clear();
    formatter = new Intl.DateTimeFormat(locale, { ...DAY_OPTIONS, timeZone });
    dayFormatters.set(key, formatter);
  }
  const text = formatter.format(new Date(iso));
  return viewer ? text : `${text} UTC`;
}
