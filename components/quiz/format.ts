import type { FeedbackView, Verdict } from '@/lib/attempts/views';

// Scores in words. A score is a sum of per-question scores from 0 to 1, so it may be fractional.

/** 8 → "8", 7.5 → "7.5", 7.3333 → "7.3". */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** Whole percent; never rounds a score that is short of full marks up to 100%. */
export function formatPercent(score: number, max: number): string {
  if (max <= 0) return '0%';
  let percent = Math.round((score / max) * 100);
  if (percent === 100 && score < max) percent = 99;
  return `${percent}%`;
}

/** "8 of 12 (67%)". */
export function formatScore(score: number, max: number): string {
  return `${formatPoints(score)} of ${formatPoints(max)} (${formatPercent(score, max)})`;
}

/**
 * "Partly correct — 2 of 3 parts" when the score is a whole number of the answer's parts (a part
 * is one line of the correct answer: a correct option, a pair), else the share in percent.
 */
export function verdictText(feedback: Pick<FeedbackView, 'verdict' | 'score' | 'correctAnswer'>): string {
  if (feedback.verdict === 'correct') return 'Correct';
  if (feedback.verdict === 'incorrect') return 'Not quite';
  const parts = feedback.correctAnswer.length;
  const got = Math.round(feedback.score * parts);
  if (parts > 1 && got > 0 && got < parts && Math.abs(got / parts - feedback.score) < 0.001) {
    return `Partly correct — ${got} of ${parts} parts`;
  }
  return `Partly correct — ${formatPercent(feedback.score, 1)}`;
}

/** What the live region says when feedback arrives: short, with the answer when it was missed. */
export function feedbackAnnouncement(feedback: FeedbackView): string {
  const verdict = `${verdictText(feedback)}.`;
  if (feedback.verdict === 'correct' || feedback.correctAnswer.length === 0) return verdict;
  return `${verdict} The answer: ${feedback.correctAnswer.join('; ')}.`;
}

export const VERDICT_ICON: Record<Verdict, string> = { correct: '✓', partial: '◐', incorrect: '✗' };

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2 Dec 2026": the day of a regrade (UTC), the same on the server and in the browser. */
export function formatDay(iso: string): string {
  return DAY_FORMAT.format(new Date(iso));
}
