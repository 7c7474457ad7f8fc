import { useEffect, useRef, type Dispatch } from 'react';
import type { Sentence } from './read-text';
import type { ReadingAction, ReadingState } from './reading-state';
import { pickVoice } from './voice';

/**
 * Speaks the current sentence while the state says "playing", one utterance per sentence (Chrome
 * cuts a long utterance off after about 15 seconds), and moves on when it ends. Pausing, stopping,
 * a new speed or leaving cancels what is being said. A cancelled utterance still reports its end
 * or an error afterwards: it counts only while it is still the current one.
 */
export function useSpeech(state: ReadingState, sentences: Sentence[], rate: number, dispatch: Dispatch<ReadingAction>) {
  // Held here so the utterance is not garbage-collected mid-sentence (Chrome then never ends it).
  const speaking = useRef<SpeechSynthesisUtterance | null>(null);
  const sentence = state.status === 'playing' ? sentences[state.index] : undefined;

  useEffect(() => {
    if (!sentence) return;
    const synth = window.speechSynthesis;
    let isCurrent = true;
    let isDone = false;
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = sentence.lang;
    utterance.rate = rate;
    const voice = pickVoice(synth.getVoices(), sentence.lang);
    utterance.onend = () => {
      isDone = true;
      if (isCurrent) dispatch({ type: 'ended' });
    };
    utterance.onerror = (event) => {
      isDone = true;
      if (!isCurrent || event.error === 'interrupted' || event.error === 'canceled') return;
      dispatch({ type: 'failed', error: `The browser stopped reading aloud (${event.error}).` });
    };
    speaking.current = utterance;
    try {
      if (voice) utterance.voice = voice;
      synth.speak(utterance);
    } catch (error) {
      // A browser that refuses (a voice it will not take): said in the control, not a broken page.
      console.error('read aloud: speechSynthesis.speak failed', error);
      isDone = true;
      queueMicrotask(() => isCurrent && dispatch({ type: 'failed', error: 'The browser could not read this aloud.' }));
    }
    return () => {
      isCurrent = false;
      if (!isDone) synth.cancel();
      speaking.current = null;
    };
  }, [sentence, rate, dispatch]);

  // A page left mid-sentence (a full navigation, the tab closed) stops talking too.
  useEffect(() => {
    if (typeof window.speechSynthesis !== 'object') return;
    const stop = () => window.speechSynthesis.cancel();
    window.addEventListener('pagehide', stop);
    return () => window.removeEventListener('pagehide', stop);
  }, []);
}
