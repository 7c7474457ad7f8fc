'use client';

import { useRef, useState, useSyncExternalStore, type ComponentType } from 'react';
import { Button } from '@/components/ui/button';
import type { PlayerProps } from './read-aloud-player';

// This file is all a lesson page loads for read aloud, and the lesson's JS budget is tight: the
// controls (3 KB) are fetched on the first press, as most readers never press; voices are only
// counted here.

const loadPlayer = () => import('./read-aloud-player').then((m) => m.ReadAloudPlayer);

// How long to wait for voices that load late before saying there are none. Chrome answers within
// a few hundred milliseconds with its `voiceschanged`; a browser without speech never sends one.
const VOICES_WAIT_MS = 2000;
// Once per page: the next question's control knows at once what the first one waited for.
let hasWaited = false;

const speech = () =>
  typeof speechSynthesis === 'object' && typeof SpeechSynthesisUtterance === 'function' ? speechSynthesis : null;

function subscribe(onChange: () => void) {
  speech()?.addEventListener('voiceschanged', onChange);
  const timer = setTimeout(() => {
    hasWaited = true;
    onChange();
  }, VOICES_WAIT_MS);
  return () => {
    speech()?.removeEventListener('voiceschanged', onChange);
    clearTimeout(timer);
  };
}

/** Has voices: true, false, or null while still looking (the server's HTML too); it keeps listening. */
function hasVoicesNow(): boolean | null {
  const synth = speech();
  return synth ? synth.getVoices().length > 0 || (hasWaited ? false : null) : false;
}

/**
 * Read aloud with the browser's own speech. It reads the elements marked data-read-sentence inside
 * its nearest [data-read-root], one at a time, highlighting the one being read, so the pages around
 * it stay server-rendered. Where the browser has no voices, it says so instead. `lang`: the
 * language of what it reads. `isSticky`: stays in view under the header while reading.
 */
export function ReadAloud({ lang = 'en', isSticky = false }: { lang?: string; isSticky?: boolean }) {
  const bar = useRef<HTMLDivElement>(null);
  const hasVoices = useSyncExternalStore(subscribe, hasVoicesNow, () => null);
  const [started, setStarted] = useState<{ Player: ComponentType<PlayerProps>; root: Element } | 'failed' | null>(null);

  if (hasVoices === false) {
    return (
      <p className="text-sm text-stone-700 print:hidden dark:text-stone-300">
        Read aloud is not available: this browser has no voices.
      </p>
    );
  }
  if (started && started !== 'failed') return <started.Player root={started.root} lang={lang} isSticky={isSticky} />;

  const start = () => {
    const root = bar.current?.closest('[data-read-root]');
    if (!root) return;
    // Safari lets a page speak only from a press: an empty utterance now unlocks the ones to come.
    speechSynthesis.speak(new SpeechSynthesisUtterance(''));
    loadPlayer().then(
      (Player) => setStarted({ Player, root }),
      () => setStarted('failed'),
    );
  };
  return (
    <div ref={bar} className="flex min-h-11 flex-wrap items-center gap-x-3 print:hidden">
      <Button
        type="button"
        variant="secondary"
        aria-disabled={hasVoices ? undefined : true}
        onClick={hasVoices ? start : undefined}
      >
        <span
          aria-hidden="true"
          className="inline-block h-3.5 border-y-[7px] border-l-[12px] border-y-transparent border-l-current"
        />
        Read aloud
      </Button>
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {hasVoices === null ? 'Looking for voices…' : started && 'Could not load read aloud: check the connection.'}
      </p>
    </div>
  );
}
