import { describe, expect, it } from 'vitest';
import { localDateTimeToDate } from './local-date-time';

describe('a datetime-local value read in the viewer’s zone', () => {
  it('is the instant that wall-clock time names there, in winter, in summer and in UTC', () => {
    expect(localDateTimeToDate('2026-01-15T09:00', 'Europe/London')?.toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(localDateTimeToDate('2026-07-15T09:00', 'Europe/London')?.toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(localDateTimeToDate('2026-07-15T09:00', 'America/New_York')?.toISOString()).toBe('2026-07-15T13:00:00.000Z');
    expect(localDateTimeToDate('2026-03-01T09:00')?.toISOString()).toBe('2026-03-01T09:00:00.000Z');
  });

  it('is nothing for an empty box or a date that does not exist', () => {
    expect(localDateTimeToDate('', 'Europe/London')).toBeUndefined();
    expect(localDateTimeToDate('2026-02-30T09:00', 'UTC')).toBeUndefined();
    expect(localDateTimeToDate('tomorrow', 'UTC')).toBeUndefined();
  });
});
