/** "3 students have 4 attempts at it", "1 student has 1 attempt at it" (or had, for the history), or that no one started it. */
export function attemptCountText(
  { students, attempts }: { students: number; attempts: number },
  tense: 'present' | 'past' = 'present',
): string {
  const isPast = tense === 'past';
  if (attempts === 0) return isPast ? 'No student had started it.' : 'No student has started it yet.';
  const who =
    students === 1 ? `1 student ${isPast ? 'had' : 'has'}` : `${students} students ${isPast ? 'had' : 'have'}`;
  return `${who} ${attempts} attempt${attempts === 1 ? '' : 's'} at it.`;
}
