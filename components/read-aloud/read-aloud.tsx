'use client';

import { useEffect, useReducer, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useHeaderOffset } from '@/components/quiz/use-header-offset';
import { ROOT_ATTRIBUTE, collectSentences, type Sentence } from './read-text';
import { RATES, rateLabel, toRate } from './rate';
import { initialReading, isActive, playLabel, progressText, readingReducer, statusWords } from './reading-state';
import { scrollIntoReading } from './scroll-into-reading';
import { useRate } from './use-rate';
import { useSpeech } from './use-speech';
import { useVoices } from './use-voices';
import { pickVoice } from './voice';

// Drawn with borders in the text's colour: narrow enough for all three controls on one phone row,
// and still drawn in forced-colours mode, where backgrounds are replaced.
const ICON = {
  play: 'inline-block h-3.5 border-y-[7px] border-l-[12px] border-y-transparent border-l-current',
  pause: 'inline-block h-3.5 w-3 border-x-4 border-current',
  stop: 'inline-block size-3 border-[6px] border-current',
};

// A toolbar of its own above a long text; a question's controls sit in it like its other buttons.
const barClass = 'rounded-xl border border-stone-300 bg-white p-1.5 sm:p-2 dark:border-stone-700 dark:bg-stone-950';

const selectClass =
  'min-h-11 w-20 rounded-lg border border-stone-500 bg-white px-1.5 text-base font-normal focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-stone-400 dark:bg-stone-900 dark:focus-visible:outline-blue-300';

/**
 * Read aloud with the browser's own speech: Read aloud / Pause / Resume, Stop and the speed. It
 * reads the elements marked data-read-sentence inside its nearest [data-read-root], one at a time,
 * highlighting the one being read (data-reading, styled in globals.css), so the pages around it
 * stay server-rendered. `lang`: the language of what it reads, to find a voice for it.
 * `isSticky`: stays in view under the header while reading (a long lesson, the article).
 */
export function ReadAloud({ lang = 'en', isSticky = false }: { lang?: string; isSticky?: boolean }) {
  const bar = useRef<HTMLDivElement>(null);
  const voices = useVoices();
  const [rate, setRate] = useRate();
  const [sentences, setSentences] = useState<Sentence[]>([]);
  const [state, dispatch] = useReducer(readingReducer, initialReading);
  const headerOffset = useHeaderOffset();
  useSpeech(state, sentences, rate, voices, dispatch);

  const current = isActive(state.status) ? sentences[state.index] : undefined;
  const isPlaying = state.status === 'playing';
  useEffect(() => {
    if (!current) return;
    current.element.setAttribute('data-reading', '');
    if (isPlaying) scrollIntoReading(current.element, [document.querySelector('[data-sticky-header]'), bar.current]);
    return () => current.element.removeAttribute('data-reading');
  }, [current, isPlaying]);

  if (voices && !pickVoice(voices, lang)) {
    return (
      <p className="text-sm text-stone-700 print:hidden dark:text-stone-300">
        Read aloud is not available: this browser has no {voices.length === 0 ? 'voices' : 'voice for this language'}.
      </p>
    );
  }

  const toggle = () => {
    if (state.status === 'playing') return dispatch({ type: 'pause' });
    if (state.status === 'paused') return dispatch({ type: 'play', total: state.total });
    // Gathered now, not before: a question's feedback may have appeared since the page loaded.
    const root = bar.current?.closest(`[${ROOT_ATTRIBUTE}]`);
    const found = root ? collectSentences(root, lang) : [];
    setSentences(found);
    dispatch({ type: 'play', total: found.length });
  };
  const isStuck = isSticky && isActive(state.status);
  return (
    <div
      ref={bar}
      role="group"
      aria-label="Read aloud"
      style={isStuck ? { top: headerOffset } : undefined}
      className={`flex flex-wrap items-center gap-x-1.5 gap-y-1 print:hidden sm:gap-x-3 ${isSticky ? barClass : ''} ${isStuck ? 'sticky z-30 shadow-md' : ''}`}
    >
      <Button
        type="button"
        variant="secondary"
        className="text-sm sm:text-base"
        aria-disabled={voices ? undefined : true}
        onClick={voices ? toggle : undefined}
      >
        <span aria-hidden="true" className={isPlaying ? ICON.pause : ICON.play} />
        {playLabel(state.status)}
      </Button>
      <Button
        type="button"
        variant="secondary"
        className="text-sm sm:text-base"
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
        <span role="status">{voices ? statusWords(state) : 'Looking for the browser’s voices…'}</span>{' '}
        {progressText(state)}
      </p>
    </div>
  );
}
