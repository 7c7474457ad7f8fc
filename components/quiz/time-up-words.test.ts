import { describe, expect, it } from 'vitest';
import { timeUpWords } from './time-up-words';

describe('timeUpWords', () => {
  it('says the saved answers were handed in', () => {
    expect(timeUpWords(0)).toBe('Time is up: your saved answers were handed in.');
  });

  it('names the answers that reached the server too late', () => {
    expect(timeUpWords(1)).toBe(
      'Time is up: your saved answers were handed in. 1 answer reached the server after the deadline and was not counted.',
    );
    expect(timeUpWords(3)).toMatch(/ 3 answers reached the server after the deadline and were not counted\.$/);
  });
});
