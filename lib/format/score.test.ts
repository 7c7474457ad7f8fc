import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  formatPercentValue,
  formatPoints,
  formatScore,
  roundPoints,
  scoreBand,
  toPercent,
} from './score';

describe('the score rule', () => {
  it('writes points with at most one decimal, the same number whatever the surface', () => {
    expect(formatPoints(8)).toBe('8');
    expect(formatPoints(7.5)).toBe('7.5');
    expect(formatPoints(16 / 3)).toBe('5.3');
    expect(formatPoints(2.9999999)).toBe('3');
    expect(roundPoints(16 / 3)).toBe(5.3);
    expect(formatScore(16 / 3, 12)).toBe('5.3 of 12 (44%)');
  });

  it('never shows 100% short of full marks, and copes with nothing to score', () => {
    expect(formatPercent(199.5, 200)).toBe('99%');
    expect(formatPercent(12, 12)).toBe('100%');
    expect(toPercent(0, 0)).toBe(0);
    expect(formatPercentValue(66.6666)).toBe('67%');
  });

  it('bands a percentage as it is written: 79.6 reads "80%" and is in the top band', () => {
    expect(scoreBand(79.6)).toBe('high');
    expect(scoreBand(79.4)).toBe('middle');
    expect(scoreBand(50)).toBe('middle');
    expect(scoreBand(49.4)).toBe('low');
  });
});

// Every surface goes through the rule: a component or export rounding a score itself would
// write "5.33" where the rule writes "5.3".
const ROOTS = ['app', 'components', 'lib'];
const ALLOWED = new Set([
  'lib/format/score.ts',
  // Shares that are not scores: of a course's true/false keys, of a course's lessons read.
  'lib/content/quality.ts',
  'components/course/course-progress.tsx',
  // Checks that a teacher's credit has at most two decimals; it shows nothing.
  'lib/regrade/set-question-credit.ts',
]);
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('one rule on every surface', () => {
  it('no score is rounded outside lib/format/score.ts', () => {
    const offenders = ROOTS.flatMap(sources).filter((file) => {
      if (ALLOWED.has(file.split(path.sep).join('/'))) return false;
      const text = readFileSync(file, 'utf8');
      // toFixed on a score or percent, or rounding a share to a percentage.
      return /(score|percent|points|facility|average)\w*\)?\.toFixed\(|Math\.round\([^)]*\*\s*100\)/i.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
