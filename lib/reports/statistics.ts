// Small, exact-as-floats-allow statistics for the teacher reports. Pure; no rounding for display.

/** Values closer than this are the same value: sums of scores like 1/3 + 2/3 are not exact. */
const EPSILON = 1e-9;

/** The arithmetic mean, or null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * Pearson's correlation coefficient of paired values,
 *   r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²),
 * or null when there are fewer than 2 pairs or either side does not vary (r is undefined there).
 * Deviations are taken from the means first (two passes), which keeps the sums accurate; a result
 * within 1e-9 of 0 is 0, and the result is clamped to [−1, 1] against rounding.
 */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error(`pearson needs paired values: ${xs.length} x and ${ys.length} y`);
  if (xs.length < 2 || !varies(xs) || !varies(ys)) return null;
  const xMean = mean(xs)!;
  const yMean = mean(ys)!;
  let covariance = 0;
  let xSquares = 0;
  let ySquares = 0;
  xs.forEach((x, index) => {
    const dx = x - xMean;
    const dy = ys[index]! - yMean;
    covariance += dx * dy;
    xSquares += dx * dx;
    ySquares += dy * dy;
  });
  const r = covariance / Math.sqrt(xSquares * ySquares);
  if (Math.abs(r) < EPSILON) return 0;
  return Math.min(1, Math.max(-1, r));
}

/** Whether the values spread by more than rounding error. */
function varies(values: readonly number[]): boolean {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return high - low > EPSILON;
}
