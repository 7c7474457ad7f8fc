import type { Page } from '@playwright/test';

// A stand-in for the browser's speech synthesis (headless Chromium has no voices): it records
// each utterance and ends one only when the test says so, firing events later as browsers do.

export type Spoken = { text: string; rate: number; lang: string; voice: string | null };

/** Installs the fake before the page's scripts run: one English voice, or none (and no voiceschanged). */
export async function fakeSpeech(page: Page, { hasVoices }: { hasVoices: boolean }) {
  await page.addInitScript((hasVoices: boolean) => {
    type Utterance = {
      text: string;
      rate: number;
      lang: string;
      voice: { name: string } | null;
      onstart: ((e: unknown) => void) | null;
      onend: ((e: unknown) => void) | null;
      onerror: ((e: { error: string }) => void) | null;
    };
    const spoken: unknown[] = [];
    let current: Utterance | null = null;
    const voice = { name: 'Test English', lang: 'en-US', default: true, localService: true, voiceURI: 'test-en' };
    class FakeUtterance {
      rate = 1;
      lang = '';
      voice = null;
      onstart = null;
      onend = null;
      onerror = null;
      constructor(public text: string) {}
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => (hasVoices ? [voice] : []),
      speak(u: Utterance) {
        // An empty utterance (the control's unlock for Safari) is over at once, as in browsers.
        if (u.text === '') return void setTimeout(() => u.onend?.({}), 0);
        spoken.push({ text: u.text, rate: u.rate, lang: u.lang, voice: u.voice?.name ?? null });
        current = u;
        setTimeout(() => u.onstart?.({}), 0);
      },
      cancel() {
        const u = current;
        current = null;
        // The cancelled utterance reports it afterwards, as an error and (as some browsers do) an end.
        if (u)
          setTimeout(() => {
            u.onerror?.({ error: 'interrupted' });
            u.onend?.({});
          }, 0);
      },
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, '__speech', {
      value: {
        spoken,
        isSpeaking: () => current !== null,
        end() {
          const u = current;
          current = null;
          if (u) setTimeout(() => u.onend?.({}), 0);
        },
      },
    });
  }, hasVoices);
}

type Speech = { spoken: Spoken[]; isSpeaking: () => boolean; end: () => void };
type WithSpeech = { __speech: Speech };

export const spokenSoFar = (page: Page) => page.evaluate(() => (window as unknown as WithSpeech).__speech.spoken);
export const isSpeaking = (page: Page) => page.evaluate(() => (window as unknown as WithSpeech).__speech.isSpeaking());
/** The sentence being said comes to its end. */
export const endUtterance = (page: Page) => page.evaluate(() => (window as unknown as WithSpeech).__speech.end());
