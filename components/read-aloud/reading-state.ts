// Where reading aloud stands: which sentence, and whether it is being read, paused or done.

export type ReadingStatus = 'idle' | 'playing' | 'paused' | 'stopped' | 'finished' | 'failed';

export type ReadingState = { status: ReadingStatus; index: number; total: number; error?: string };

export type ReadingAction =
  | { type: 'play'; total: number }
  | { type: 'pause' }
  | { type: 'stop' }
  | { type: 'ended' }
  | { type: 'failed'; error: string };

export const initialReading: ReadingState = { status: 'idle', index: 0, total: 0 };

export function readingReducer(state: ReadingState, action: ReadingAction): ReadingState {
  switch (action.type) {
    case 'play':
      // Resuming starts the paused sentence again from its beginning: browsers' own pause and
      // resume are unreliable (Chrome on Android and Linux drops the rest of the utterance).
      if (state.status === 'paused') return { ...state, status: 'playing' };
      if (action.total === 0) return { status: 'failed', index: 0, total: 0, error: 'There is nothing to read here.' };
      return { status: 'playing', index: 0, total: action.total };
    case 'pause':
      return state.status === 'playing' ? { ...state, status: 'paused' } : state;
    case 'stop':
      return state.status === 'playing' || state.status === 'paused'
        ? { ...state, status: 'stopped', index: 0 }
        : state;
    case 'ended':
      if (state.status !== 'playing') return state;
      return state.index + 1 < state.total
        ? { ...state, index: state.index + 1 }
        : { ...state, status: 'finished', index: 0 };
    case 'failed':
      return { ...state, status: 'failed', index: 0, error: action.error };
  }
}

/** Whether a sentence is on the go (being read or paused), and so highlighted. */
export function isActive(status: ReadingStatus): boolean {
  return status === 'playing' || status === 'paused';
}

/** The words of the play button for each state. */
export function playLabel(status: ReadingStatus): string {
  if (status === 'playing') return 'Pause';
  return status === 'paused' ? 'Resume' : 'Read aloud';
}

/**
 * What the status line announces (politely) in each state: the changes only, not every sentence,
 * so a screen reader is not talked over once a sentence.
 */
export function statusWords(state: ReadingState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'playing':
      return 'Reading aloud.';
    case 'paused':
      return 'Paused.';
    case 'stopped':
      return 'Stopped.';
    case 'finished':
      return 'Finished reading.';
    case 'failed':
      return state.error ?? 'Reading aloud stopped.';
  }
}

/** Where reading stands, shown beside the status while a sentence is highlighted. */
export function progressText(state: ReadingState): string {
  return isActive(state.status) ? `Sentence ${state.index + 1} of ${state.total}` : '';
}
