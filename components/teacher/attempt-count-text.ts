/** "3 students have 4 attempts at it", "1 student has 1 attempt at it", or that no one has started it. */
export function attemptCountText({ students, attempts }: { students: number; attempts: number }): string {
  if (attempts === 0) return 'No student has started it yet.';
  const who = students === 1 ? '1 student has' : `${students} students have`;
  return `${who} ${attempts} attempt${attempts === 1 ? '' : 's'} at it.`;
}
