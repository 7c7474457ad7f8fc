/** Answers the server refused because they reached it after the deadline (given offline) are named, never hidden. */
export function timeUpWords(refused: number): string {
  const base = 'Time is up: your saved answers were handed in.';
  if (refused === 0) return base;
  const answers = refused === 1 ? '1 answer' : `${refused} answers`;
  return `${base} ${answers} reached the server after the deadline and ${refused === 1 ? 'was' : 'were'} not counted.`;
}
