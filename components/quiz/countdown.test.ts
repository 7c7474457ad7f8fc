import { describe, expect, it } from 'vitest';
import { announcementBetween, describeTimeLeft, formatClock } from './countdown';

describe('the countdown of a timed attempt', () => {
  it('shows minutes and seconds, with hours only when there are some', () => {
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(0.2)).toBe('0:01');
    expect(formatClock(-4)).toBe('0:00');
  });

  it('says the time left in words', () => {
    expect(describeTimeLeft(3725)).toBe('1 hour 2 minutes');
    expect(describeTimeLeft(600)).toBe('10 minutes');
    expect(describeTimeLeft(61)).toBe('1 minute 1 second');
    expect(describeTimeLeft(30)).toBe('30 seconds');
  });

  it('announces only at set points, not every second', () => {
    const said: string[] = [];
    for (let left = 900; left >= -2; left--) {
      const text = announcementBetween(left + 1, left);
      if (text) said.push(text);
    }
    expect(said).toEqual([
      '10 minutes left.',
      '5 minutes left.',
      '1 minute left.',
      '30 seconds left.',
      'Time is up. Your answers are being submitted.',
    ]);
  });

  it('after a jump (a sleeping tab) announces the last point crossed, once', () => {
    expect(announcementBetween(700, 200)).toBe('5 minutes left.');
    expect(announcementBetween(200, 199)).toBeNull();
    expect(announcementBetween(40, -10)).toBe('Time is up. Your answers are being submitted.');
  });
});
