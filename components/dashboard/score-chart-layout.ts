import type { ScorePoint } from '@/lib/progress/get-score-history';
import { formatDay } from './format-date';

// Geometry and words for the score chart, kept pure so both are testable without rendering.

export const CHART = { width: 480, height: 240, left: 56, right: 20, top: 16, bottom: 40 } as const;

/** The chart draws at most this many of the latest attempts; the table below lists them all. */
export const CHART_LIMIT = 20;

export const KIND_LABEL: Record<ScorePoint['kind'], string> = { quiz: 'Quiz', final: 'Final test', retake: 'Retake' };

export type ChartMarker = { x: number; y: number; kind: ScorePoint['kind']; label: string };

export type ChartLayout = { markers: ChartMarker[]; path: string; yTicks: { y: number; percent: number }[] };

export function layoutScoreChart(all: readonly ScorePoint[]): ChartLayout {
  const points = all.slice(-CHART_LIMIT);
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const yOf = (percent: number) => CHART.top + plotHeight * (1 - Math.min(100, Math.max(0, percent)) / 100);
  // Evenly spaced in the order taken; a single attempt sits in the middle.
  const xOf = (index: number) =>
    CHART.left + (points.length === 1 ? plotWidth / 2 : (plotWidth * index) / (points.length - 1));
  const offset = all.length - points.length;
  const markers = points.map((p, i) => ({
    x: round(xOf(i)),
    y: round(yOf(p.percent)),
    kind: p.kind,
    label: String(offset + i + 1),
  }));
  return {
    markers,
    path: markers.map((m, i) => `${i === 0 ? 'M' : 'L'}${m.x} ${m.y}`).join(' '),
    yTicks: [0, 25, 50, 75, 100].map((percent) => ({ y: round(yOf(percent)), percent })),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The chart's accessible name: what it shows, first and latest score, and the best. */
export function summariseScores(all: readonly ScorePoint[]): string {
  const first = all[0];
  const last = all.at(-1);
  if (!first || !last) return 'No scores yet.';
  const best = Math.max(...all.map((p) => p.percent));
  const shown = all.length > CHART_LIMIT ? ` (the chart shows the latest ${CHART_LIMIT})` : '';
  const what = (p: ScorePoint) => `${p.percent}% (${KIND_LABEL[p.kind].toLowerCase()}, ${formatDay(p.submittedAt)})`;
  const count = `${all.length} submitted quizzes and tests${shown}`;
  if (all.length === 1)
    return `Chart of your score on 1 submitted quiz or test: ${what(first)}. The table below lists it.`;
  return `Chart of your scores on ${count}, in the order taken: first ${what(first)}, latest ${what(last)}, best ${best}%. The table below lists every score.`;
}
