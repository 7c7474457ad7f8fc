import { useSyncExternalStore } from 'react';

// How long to wait for voices that load late before saying there are none. Chrome answers within
// a few hundred milliseconds with its `voiceschanged`; a browser without speech never sends one.
const VOICES_WAIT_MS = 2000;
const NONE: readonly SpeechSynthesisVoice[] = [];

// Once per page: the next question's control knows at once what the first one waited for.
let hasWaited = false;
let known: readonly SpeechSynthesisVoice[] | null = null;

function synth(): SpeechSynthesis | null {
  const isThere = typeof window.speechSynthesis === 'object' && typeof SpeechSynthesisUtterance === 'function';
  return isThere ? window.speechSynthesis : null;
}

function subscribe(onChange: () => void) {
  const speech = synth();
  speech?.addEventListener('voiceschanged', onChange);
  const timer = setTimeout(() => {
    hasWaited = true;
    onChange();
  }, VOICES_WAIT_MS);
  return () => {
    speech?.removeEventListener('voiceschanged', onChange);
    clearTimeout(timer);
  };
}

// getVoices() answers a new array each time; the same voices must be the same snapshot.
function snapshot(): readonly SpeechSynthesisVoice[] | null {
  const speech = synth();
  if (!speech) return NONE;
  const found = speech.getVoices();
  if (found.length === 0) return hasWaited ? NONE : null;
  const isSame = known?.length === found.length && known.every((v, i) => v.voiceURI === found[i]!.voiceURI);
  if (!isSame) known = found;
  return known;
}

/**
 * The browser's voices: null while still looking, none when it has none (or no speech synthesis at
 * all). Voices often arrive after the page (Chrome loads them on first use), so it keeps listening
 * for `voiceschanged` after giving up. The server's HTML is "still looking".
 */
export function useVoices(): readonly SpeechSynthesisVoice[] | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
