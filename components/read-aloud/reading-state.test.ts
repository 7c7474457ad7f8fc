import { describe, expect, it } from 'vitest';
import {
  initialReading,
  playLabel,
  progressText,
  readingReducer,
  statusWords,
  type ReadingAction,
  type ReadingState,
} from './reading-state';

const run = (...actions: ReadingAction[]): ReadingState => actions.reduce(readingReducer, initialReading);

describe('reading aloud, sentence by sentence', () => {
  it('plays from the first sentence, moves on as each ends and finishes after the last', () => {
    let state = run({ type: 'play', total: 3 });
    expect(state).toMatchObject({ status: 'playing', index: 0, total: 3 });
    expect([playLabel(state.status), statusWords(state), progressText(state)]).toEqual([
      'Pause',
      'Reading aloud.',
      'Sentence 1 of 3',
    ]);
    state = readingReducer(readingReducer(state, { type: 'ended' }), { type: 'ended' });
    expect(progressText(state)).toBe('Sentence 3 of 3');
    state = readingReducer(state, { type: 'ended' });
    expect(state.status).toBe('finished');
    expect([playLabel(state.status), statusWords(state), progressText(state)]).toEqual([
      'Read aloud',
      'Finished reading.',
      '',
    ]);
  });

  it('pauses on the sentence being read and resumes there; playing again after the end starts over', () => {
    const paused = run({ type: 'play', total: 4 }, { type: 'ended' }, { type: 'pause' });
    expect(paused).toMatchObject({ status: 'paused', index: 1 });
    expect([playLabel(paused.status), statusWords(paused)]).toEqual(['Resume', 'Paused.']);
    // A sentence that ends while paused (a cancelled utterance reporting late) does not move it on.
    expect(readingReducer(paused, { type: 'ended' })).toBe(paused);
    const resumed = readingReducer(paused, { type: 'play', total: 4 });
    expect(resumed).toMatchObject({ status: 'playing', index: 1 });
    const again = run({ type: 'play', total: 2 }, { type: 'ended' }, { type: 'ended' }, { type: 'play', total: 2 });
    expect(again).toMatchObject({ status: 'playing', index: 0 });
  });

  it('stops back to the start, and stop or pause when nothing is being read changes nothing', () => {
    const stopped = run({ type: 'play', total: 4 }, { type: 'ended' }, { type: 'stop' });
    expect(stopped).toMatchObject({ status: 'stopped', index: 0 });
    expect(statusWords(stopped)).toBe('Stopped.');
    expect(readingReducer(initialReading, { type: 'stop' })).toBe(initialReading);
    expect(readingReducer(initialReading, { type: 'pause' })).toBe(initialReading);
    expect(readingReducer(stopped, { type: 'play', total: 4 })).toMatchObject({ status: 'playing', index: 0 });
  });

  it('says so when there is nothing to read or the browser fails', () => {
    const empty = run({ type: 'play', total: 0 });
    expect(empty.status).toBe('failed');
    expect(statusWords(empty)).toBe('There is nothing to read here.');
    const failed = run(
      { type: 'play', total: 3 },
      { type: 'failed', error: 'The browser stopped reading aloud (synthesis-failed).' },
    );
    expect([failed.status, statusWords(failed), playLabel(failed.status)]).toEqual([
      'failed',
      'The browser stopped reading aloud (synthesis-failed).',
      'Read aloud',
    ]);
  });
});
