import type { FeedbackView, Verdict } from '@/lib/attempts/views';

// Scores are written by the one rule in lib/format/score.ts; the quiz components import them from here.
import { formatPercent } from '@/lib/format/score';

export { formatPercent, formatPoints, formatScore } from '@/lib/format/score';

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
  if (feedback.lookAt) {
    const where = feedback.lookAt.map((p) => p.number).join(' and ');
    return `${verdict} Read paragraph ${where} again, then try again.`;
  }
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
