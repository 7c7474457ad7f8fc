/** A score as a whole percent; never rounds a score short of full marks up to 100. */
export function toPercent(score: number, max: number): number {
  if (max <= 0) return 0;
  const percent = Math.round((score / max) * 100);
  return percent === 100 && score < max ? 99 : percent;
}
