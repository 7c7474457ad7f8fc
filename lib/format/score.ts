// The one rule for writing a score, on every surface: pages, the student's results, the teacher's
// gradebook and statistics, and the CSV exports (which add the raw number beside it). A score is a
// sum of per-question scores from 0 to 1, so it may be fractional; a third of a point must read
// the same everywhere ("7.3", never "7.33" on one page and "7.3" on another).

/** Points keep one decimal: enough to tell a partial answer from a whole one, no more. */
export const POINT_DECIMALS = 1;

/** The points as a number rounded by the rule: 22/3 → 7.3, 2.9999999 → 3. */
export function roundPoints(points: number): number {
  const factor = 10 ** POINT_DECIMALS;
  return Math.round(points * factor) / factor;
}

/** 8 → "8", 7.5 → "7.5", 7.3333 → "7.3". */
export function formatPoints(points: number): string {
  const rounded = roundPoints(points);
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(POINT_DECIMALS);
}

/**
 * A percentage as a whole number, from a score and its max. It never rounds a score short of full
 * marks up to 100, so "100%" always means full marks.
 */
export function toPercent(score: number, max: number): number {
  if (max <= 0) return 0;
  const percent = Math.round((score / max) * 100);
  if (percent === 100 && score < max) return 99;
  return percent;
}

/** "67%". */
export function formatPercent(score: number, max: number): string {
  return `${toPercent(score, max)}%`;
}

/** A percentage already computed (an average of percentages, 0..100) written by the same rule. */
export function formatPercentValue(percent: number): string {
  return formatPercent(percent, 100);
}

/** "8 of 12 (67%)". */
export function formatScore(score: number, max: number): string {
  return `${formatPoints(score)} of ${formatPoints(max)} (${formatPercent(score, max)})`;
}

/**
 * The colour band of a percentage: the same cut-offs as the mastery map (80% and 50%). The band is
 * only ever a second cue beside the number, which is always written out.
 */
export type ScoreBand = 'high' | 'middle' | 'low';

export const SCORE_BANDS: readonly { band: ScoreBand; label: string }[] = [
  { band: 'high', label: '80% or more' },
  { band: 'middle', label: '50–79%' },
  { band: 'low', label: 'below 50%' },
];

export function scoreBand(percent: number): ScoreBand {
  // Banded on the percentage as written, so "80%" is never drawn in the 50–79 band.
  const shown = toPercent(percent, 100);
  if (shown >= 80) return 'high';
  if (shown >= 50) return 'middle';
  return 'low';
}
