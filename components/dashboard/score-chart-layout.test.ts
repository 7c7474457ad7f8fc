import { describe, expect, it } from 'vitest';
import type { ScorePoint } from '@/lib/progress/get-score-history';
import { CHART, CHART_LIMIT, layoutScoreChart, summariseScores } from './score-chart-layout';

const point = (percent: number, kind: ScorePoint['kind'] = 'quiz', day = 1): ScorePoint => ({
  attemptId: `a${percent}-${day}`,
  kind,
  title: 'Quiz: The pact',
  submittedAt: `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  score: percent,
  max: 100,
  percent,
});

describe('score chart layout', () => {
  it('puts 0% at the bottom and 100% at the top of the plot, first attempt left, last right', () => {
    const { markers, path } = layoutScoreChart([point(0), point(100, 'final')]);
    expect(markers[0]).toMatchObject({ x: CHART.left, y: CHART.height - CHART.bottom, kind: 'quiz', label: '1' });
    expect(markers[1]).toMatchObject({ x: CHART.width - CHART.right, y: CHART.top, kind: 'final', label: '2' });
    expect(path).toBe(`M${CHART.left} ${CHART.height - CHART.bottom} L${CHART.width - CHART.right} ${CHART.top}`);
  });

  it('centres a single attempt and draws only the latest ones, numbered as in the table', () => {
    expect(layoutScoreChart([point(50)]).markers[0]!.x).toBe(CHART.left + (CHART.width - CHART.left - CHART.right) / 2);
    const many = Array.from({ length: CHART_LIMIT + 5 }, (_, i) => point(i, 'quiz', (i % 28) + 1));
    const { markers } = layoutScoreChart(many);
    expect(markers).toHaveLength(CHART_LIMIT);
    expect(markers[0]!.label).toBe('6');
    expect(markers.at(-1)!.label).toBe(String(CHART_LIMIT + 5));
  });

  it('names the chart with the first, latest and best score', () => {
    expect(summariseScores([])).toBe('No scores yet.');
    expect(summariseScores([point(40, 'quiz', 2)])).toContain('40% (quiz, 2 Mar)');
    const text = summariseScores([point(40, 'quiz', 2), point(90, 'final', 3), point(70, 'retake', 4)]);
    expect(text).toContain('3 submitted quizzes and tests');
    expect(text).toContain('first 40% (quiz, 2 Mar)');
    expect(text).toContain('latest 70% (retake, 4 Mar)');
    expect(text).toContain('best 90%');
  });
});
