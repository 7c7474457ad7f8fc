import { describe, expect, it } from 'vitest';
import { localDateTimeToDate } from './local-date-time';
import { toLocalDateTime } from './wall-clock';

describe('toLocalDateTime', () => {
  it('shows an instant on a zone’s wall clock, and reads back as the same instant', () => {
    expect(toLocalDateTime(new Date('2026-03-02T09:00:00.000Z'), 'Europe/Berlin')).toBe('2026-03-02T10:00');
    expect(toLocalDateTime(new Date('2026-07-02T23:30:00.000Z'), 'America/New_York')).toBe('2026-07-02T19:30');
    expect(toLocalDateTime(new Date('2026-03-02T00:05:00.000Z'), 'UTC')).toBe('2026-03-02T00:05');
    const local = toLocalDateTime(new Date('2026-07-25T00:30:00.000Z'), 'Europe/London');
    expect(localDateTimeToDate(local, 'Europe/London')?.toISOString()).toBe('2026-07-25T00:30:00.000Z');
  });
});
