import { describe, expect, it } from 'vitest';
import { formatViewerTime, parseViewerTimeCookie, viewerTimeCookieValue } from './viewer-time';

// The cookie comes from the browser, so anything can arrive in it. The server uses it only when
// it names a zone and a locale that Intl knows; anything else means "render in UTC", never an error.

describe('parseViewerTimeCookie', () => {
  it('accepts a real time zone and locale', () => {
    expect(parseViewerTimeCookie('America/New_York|en-US')).toEqual({ timeZone: 'America/New_York', locale: 'en-US' });
    expect(parseViewerTimeCookie('Europe/Berlin|de-DE')).toEqual({ timeZone: 'Europe/Berlin', locale: 'de-DE' });
    expect(parseViewerTimeCookie('America/Argentina/ComodRivadavia|es-AR')).toEqual({
      timeZone: 'America/Argentina/ComodRivadavia',
      locale: 'es-AR',
    });
  });

  it('accepts what browsers report even where Intl.supportedValuesOf would not: UTC, aliases, Etc offsets', () => {
    expect(parseViewerTimeCookie('UTC|en-GB')).toEqual({ timeZone: 'UTC', locale: 'en-GB' });
    expect(parseViewerTimeCookie('Asia/Calcutta|hi-IN')).toEqual({ timeZone: 'Asia/Calcutta', locale: 'hi-IN' });
    expect(parseViewerTimeCookie('Etc/GMT+5|en-US')).toEqual({ timeZone: 'Etc/GMT+5', locale: 'en-US' });
  });

  it('accepts a locale with Unicode extensions and spells it as Intl does', () => {
    expect(parseViewerTimeCookie('Europe/London|en-GB-u-hc-h12')).toEqual({
      timeZone: 'Europe/London',
      locale: 'en-GB-u-hc-h12',
    });
    expect(parseViewerTimeCookie('Europe/London|EN-gb')).toEqual({ timeZone: 'Europe/London', locale: 'en-GB' });
  });

  it('rejects an unknown time zone', () => {
    expect(parseViewerTimeCookie('Mars/Olympus_Mons|en-US')).toBeNull();
    expect(parseViewerTimeCookie('America/Atlantis|en-US')).toBeNull();
  });

  it('rejects an unknown or invalid locale', () => {
    expect(parseViewerTimeCookie('America/New_York|xx-YY')).toBeNull();
    expect(parseViewerTimeCookie('America/New_York|zz')).toBeNull();
    expect(parseViewerTimeCookie('America/New_York|i-klingon')).toBeNull();
    expect(parseViewerTimeCookie('America/New_York|en_US')).toBeNull();
    expect(parseViewerTimeCookie('America/New_York|')).toBeNull();
  });

  it('rejects overlong values without looking further', () => {
    expect(parseViewerTimeCookie(`America/New_York|en-US${'-abcdefgh'.repeat(20)}`)).toBeNull();
    expect(parseViewerTimeCookie(`${'A'.repeat(65)}|en-US`)).toBeNull();
    expect(parseViewerTimeCookie(`America/New_York|${'a'.repeat(10_000)}`)).toBeNull();
  });

  it('rejects malformed values', () => {
    for (const value of [
      undefined,
      null,
      '',
      '|',
      'America/New_York',
      'en-US',
      'en-US|America/New_York',
      'America/New_York|en-US|extra',
      'America/New_York;en-US',
      '../../etc/passwd|en-US',
      '/America/New_York|en-US',
      'America/New York|en-US',
      'America/New_York|en US',
      'America/New_York|<script>',
      '+05:00|en-US',
      'America%2FNew_York|en-US',
    ]) {
      expect(() => parseViewerTimeCookie(value)).not.toThrow();
      expect(parseViewerTimeCookie(value), String(value)).toBeNull();
    }
  });
});

describe('viewerTimeCookieValue', () => {
  it('writes what the server reads back, and nothing the server would refuse', () => {
    const value = viewerTimeCookieValue({ timeZone: 'America/New_York', locale: 'en-US' });
    expect(value).toBe('America/New_York|en-US');
    expect(parseViewerTimeCookie(value)).toEqual({ timeZone: 'America/New_York', locale: 'en-US' });
    expect(viewerTimeCookieValue({ timeZone: 'Nowhere/Special', locale: 'en-US' })).toBeNull();
    expect(viewerTimeCookieValue({ timeZone: 'America/New_York', locale: 'xx-YY' })).toBeNull();
  });
});

describe('formatViewerTime', () => {
  const iso = '2026-11-28T14:00:00.000Z';

  it('without a known zone shows UTC and says so', () => {
    expect(formatViewerTime(iso, null)).toBe('28 Nov 2026, 14:00 UTC');
  });

  it('shows the time in the viewer zone, named, in the viewer date format', () => {
    expect(formatViewerTime(iso, { timeZone: 'America/New_York', locale: 'en-US' })).toMatch(
      /^Nov 28, 2026, 09:00\s?AM EST$/,
    );
    expect(formatViewerTime(iso, { timeZone: 'Europe/Berlin', locale: 'de-DE' })).toMatch(
      /^28\. Nov\. 2026, 15:00 MEZ$/,
    );
  });
});
