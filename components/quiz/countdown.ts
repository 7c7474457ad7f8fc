// The countdown of a timed attempt, as pure functions: what the timer shows, and what (rarely) is
// said to screen readers. The visible timer changes every second; a screen reader hears only
// set points (10, 5 and 1 minutes, 30 seconds, and time up), so it is not talked over.

/** Announced when the time left first drops to or below each of these, in seconds. */
export const ANNOUNCE_AT_SECONDS = [600, 300, 60, 30] as const;

/** Below this the timer turns urgent. */
export const URGENT_SECONDS = 60;

/** 3725 → "1:02:05"; 65 → "1:05"; never negative. */
export function formatClock(secondsLeft: number): string {
  const s = Math.max(0, Math.ceil(secondsLeft));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** 3725 → "1 hour 2 minutes"; 65 → "1 minute 5 seconds"; 30 → "30 seconds". */
export function describeTimeLeft(secondsLeft: number): string {
  const s = Math.max(0, Math.ceil(secondsLeft));
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  if (hours > 0) return [unit(hours, 'hour'), minutes > 0 ? unit(minutes, 'minute') : ''].filter(Boolean).join(' ');
  if (minutes > 0)
    return [unit(minutes, 'minute'), seconds > 0 ? unit(seconds, 'second') : ''].filter(Boolean).join(' ');
  return unit(seconds, 'second');
}

/**
 * What to announce as the time left goes from `before` to `after` seconds (one tick, or a jump
 * after the tab slept): the last set point crossed, or time up; null most of the time.
 */
export function announcementBetween(before: number, after: number): string | null {
  if (after <= 0 && before > 0) return 'Time is up. Your answers are being submitted.';
  const crossed = ANNOUNCE_AT_SECONDS.filter((point) => before > point && after <= point).at(-1);
  return crossed === undefined ? null : `${describeTimeLeft(crossed)} left.`;
}
