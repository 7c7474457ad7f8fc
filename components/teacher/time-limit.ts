/** "1 minute", "20 minutes", or the given words when there is no time limit. */
export function timeLimitText(minutes: number | null, whenNone: string): string {
  return minutes === null ? whenNone : `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
