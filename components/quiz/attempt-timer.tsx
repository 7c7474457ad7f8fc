'use client';

import { useEffect, useRef, useState } from 'react';
import { announcementBetween, formatClock, URGENT_SECONDS } from './countdown';

type Props = {
  deadlineAt: string;
  /** The server's clock when the page was made: the countdown follows it, not the device's clock. */
  serverNow: string;
  announce: (text: string) => void;
  onTimeUp: () => void;
};

const secondsBetween = (from: number, to: string) => (Date.parse(to) - from) / 1000;

/**
 * The time left on a timed attempt. The digits change every second but are not live (role=timer);
 * screen readers hear set points through the player's live region. The server enforces the
 * deadline; at zero the player submits what was saved.
 */
export function AttemptTimer({ deadlineAt, serverNow, announce, onTimeUp }: Props) {
  const [secondsLeft, setSecondsLeft] = useState(() => secondsBetween(Date.parse(serverNow), deadlineAt));
  const callbacks = useRef({ announce, onTimeUp });
  useEffect(() => {
    callbacks.current = { announce, onTimeUp };
  });

  useEffect(() => {
    const skew = Date.parse(serverNow) - Date.now();
    let before = secondsBetween(Date.now() + skew, deadlineAt);
    let isDone = before <= 0;
    if (isDone) callbacks.current.onTimeUp();
    const timer = setInterval(() => {
      const after = secondsBetween(Date.now() + skew, deadlineAt);
      setSecondsLeft(after);
      const text = announcementBetween(before, after);
      if (text) callbacks.current.announce(text);
      if (after <= 0 && !isDone) {
        isDone = true;
        callbacks.current.onTimeUp();
      }
      before = after;
    }, 1000);
    return () => clearInterval(timer);
  }, [deadlineAt, serverNow]);

  const isUrgent = secondsLeft <= URGENT_SECONDS;
  return (
    <div
      className={`flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-lg border px-4 py-2 ${
        isUrgent
          ? 'border-red-700 bg-red-50 text-red-900 dark:border-red-300 dark:bg-red-950 dark:text-red-100'
          : 'border-stone-400 bg-stone-50 dark:border-stone-600 dark:bg-stone-900'
      }`}
    >
      <span id="attempt-timer-label" className="font-semibold">
        Time left
      </span>
      <span role="timer" aria-labelledby="attempt-timer-label" className="font-mono text-xl font-bold tabular-nums">
        {formatClock(secondsLeft)}
      </span>
      <span className="text-sm">Your answers are submitted automatically when time is up.</span>
    </div>
  );
}
