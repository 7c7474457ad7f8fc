import { describe, expect, it } from 'vitest';
import { mean, pearson } from './statistics';

describe('mean', () => {
  it('is the sum over the count, and null for no values', () => {
    expect(mean([1, 0, 0.5, 0.5])).toBe(0.5);
    expect(mean([])).toBeNull();
  });
});

describe('pearson', () => {
  it('is 1 for a perfect rising line and −1 for a falling one', () => {
    expect(pearson([1, 2, 3], [10, 20, 30])).toBe(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBe(-1);
  });

  it('matches a hand-computed value', () => {
    // x = [1, 2, 3, 4], y = [2, 1, 4, 3]: x̄ = ȳ = 2.5, Σdxdy = 2.25 − 0.75 − 0.75 + 2.25 = 3,
    // Σdx² = Σdy² = 5, so r = 3 / 5 = 0.6.
    expect(pearson([1, 2, 3, 4], [2, 1, 4, 3])).toBeCloseTo(0.6, 12);
  });

  it('is null with fewer than 2 pairs or when either side does not vary', () => {
    expect(pearson([], [])).toBeNull();
    expect(pearson([1], [2])).toBeNull();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([0, 1, 0], [2, 2, 2])).toBeNull();
    // 1/3 + 2/3 and 0.1 + 0.2 are the same total to a reader, not to a float.
    expect(pearson([0, 1, 0], [1 / 3 + 2 / 3, 1, 0.1 + 0.2 + 0.7])).toBeNull();
  });

  it('is exactly 0 when the covariance cancels out', () => {
    // dx = [0.25, 0.25, −0.75, 0.25], dy = [1, 0, 0, −1]: Σdxdy = 0.25 − 0.25 = 0.
    expect(pearson([1, 1, 0, 1], [2, 1, 1, 0])).toBe(0);
  });

  it('refuses unpaired values', () => {
    expect(() => pearson([1, 2], [1])).toThrow(/paired/);
  });
});
