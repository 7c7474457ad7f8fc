'use client';

import { useEffect, useReducer, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useHeaderOffset } from '@/components/quiz/use-header-offset';
import { collectSentences, type Sentence } from './read-text';
import { RATES, rateLabel, toRate } from './rate';
import {
  initialReading,
  isActive,
  playLabel,
  progressText,
  readingReducer,
  statusWords,
  type ReadingAction,
} from './reading-state';
import { scrollIntoReading } from './scroll-into-reading';
import { useRate } from './use-rate';
import { useSpeech } from './use-speech';

import { pickVoice } from './voice';

// Drawn with borders in the text's colour: narrow, and still drawn in forced-colours mode.
const ICON = {
  play: 'inline-block h-3.5 border-y-[7px] border-l-[12px] border-y-transparent border-l-current',
  pause: 'inline-block h-3.5 w-3 border-x-4 border-current',
  stop: 'inline-block size-3 border-[6px] border-current',
};

/** A toolbar of its own above a long text; plain among a question's buttons. */
function barClass(isBoxed: boolean): string {
  const box = isBoxed
    ? ' rounded-xl border border-stone-300 bg-white p-1.5 sm:p-2 dark:border-stone-700 dark:bg-stone-950'
    : '';
  return `flex min-h-11 flex-wrap items-center gap-x-1.5 gap-y-1 print:hidden sm:gap-x-3${box}`;
}

// Smaller words on a phone, so Pause, Stop and the speed share one row.
const controlClass = 'text-sm sm:text-base';

/** Reading from the top, if the browser has a voice for the language (it may have only others). */
function startOver(sentences: Sentence[], lang: string): ReadingAction {
  return pickVoice(speechSynthesis.getVoices(), lang)
    ? { type: 'play', total: sentences.length }
    : { type: 'failed', error: 'Read aloud is not available: this browser has no voice for this language.' };
}

const selectClass =
  'min-h-11 w-20 rounded-lg border border-stone-500 bg-white px-1.5 text-base font-normal focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-stone-400 dark:bg-stone-900 dark:focus-visible:outline-blue-300';

export type PlayerProps = { root: Element; lang: string; isSticky: boolean };

/**
 * The read-aloud controls once in use (components/read-aloud/read-aloud.tsx loads them on the first
 * press): Pause / Resume, Stop, the speed and where reading stands. It starts reading at once, with
 * focus on its Pause button, where the press that loaded it left off.
 */
export function ReadAloudPlayer({ root, lang, isSticky }: PlayerProps) {
  const bar = useRef<HTMLDivElement>(null);
  const playButton = useRef<HTMLButtonElement>(null);
  const [rate, setRate] = useRate();
  const [sentences, setSentences] = useState<Sentence[]>(() => collectSentences(root, lang));
  const [state, dispatch] = useReducer(readingReducer, initialReading, (start) =>
    readingReducer(start, startOver(sentences, lang)),
  );
  const headerOffset = useHeaderOffset();
  useSpeech(state, sentences, rate, dispatch);

  useEffect(() => playButton.current?.focus(), []);

  const current = isActive(state.status) ? sentences[state.index] : undefined;
  const isPlaying = state.status === 'playing';
  useEffect(() => {
    if (!current) return;
    current.element.setAttribute('data-reading', '');
    if (isPlaying) scrollIntoReading(current.element, [document.querySelector('[data-sticky-header]'), bar.current]);
    return () => current.element.removeAttribute('data-reading');
  }, [current, isPlaying]);

  const toggle = () => {
    if (state.status === 'playing') return dispatch({ type: 'pause' });
    if (state.status === 'paused') return dispatch({ type: 'play', total: state.total });
    // Gathered again: a question's feedback may have appeared since the last reading.
    const found = collectSentences(root, lang);
    setSentences(found);
    dispatch(startOver(found, lang));
  };
  const isStuck = isSticky && isActive(state.status);
  return (
    <div
      ref={bar}
      role="group"
      aria-label="Read aloud"
      style={isStuck ? { top: headerOffset } : undefined}
      className={`${barClass(isSticky)} ${isStuck ? 'sticky z-30 shadow-md' : ''}`}
    >
      <Button ref={playButton} type="button" variant="secondary" className={controlClass} onClick={toggle}>
        <span aria-hidden="true" className={isPlaying ? ICON.pause : ICON.play} />
        {playLabel(state.status)}
      </Button>
      <Button
        type="button"
        variant="secondary"
        className={controlClass}
        aria-disabled={isActive(state.status) ? undefined : true}
        onClick={() => dispatch({ type: 'stop' })}
      >
        <span aria-hidden="true" className={ICON.stop} />
        {/* On a phone the square alone, so the three controls share one row; still named Stop. */}
        <span className="max-sm:sr-only">Stop</span>
      </Button>
      <label className="flex items-center gap-1.5 text-sm font-semibold">
        Speed
        <select value={rate} onChange={(e) => setRate(toRate(e.currentTarget.value) ?? 1)} className={selectClass}>
          {RATES.map((r) => (
            <option key={r} value={r}>
              {rateLabel(r)}
            </option>
          ))}
        </select>
      </label>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        <span role="status">{statusWords(state)}</span> {progressText(state)}
      </p>
    </div>
  );
}
