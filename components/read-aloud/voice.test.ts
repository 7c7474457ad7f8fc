import { describe, expect, it } from 'vitest';
import { pickVoice } from './voice';

const voice = (name: string, lang: string, extra: { default?: boolean; localService?: boolean } = {}) => ({
  name,
  lang,
  default: extra.default ?? false,
  localService: extra.localService ?? false,
});

describe('pickVoice', () => {
  it('prefers the exact language and region, however the browser writes it', () => {
    const voices = [voice('Anna', 'de-DE'), voice('Daniel', 'en_GB'), voice('Samantha', 'en-US')];
    expect(pickVoice(voices, 'en-GB')?.name).toBe('Daniel');
    expect(pickVoice(voices, 'EN-us')?.name).toBe('Samantha');
  });

  it('takes the language in another region when that is all there is, default voice first, then one on the device', () => {
    const voices = [voice('Network', 'en-US'), voice('Local', 'en-GB', { localService: true })];
    expect(pickVoice(voices, 'en')?.name).toBe('Local');
    expect(pickVoice([...voices, voice('Default', 'en-AU', { default: true })], 'en')?.name).toBe('Default');
  });

  it('finds none when no voice speaks the language', () => {
    expect(pickVoice([voice('Anna', 'de-DE')], 'en')).toBeUndefined();
    expect(pickVoice([], 'en')).toBeUndefined();
  });
});
