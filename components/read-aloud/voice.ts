// Which of the browser's voices reads a text in a given language.

type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'default' | 'localService'>;

// Browsers write "en-US", "en_US" or "EN-us".
const normal = (lang: string) => lang.replace(/_/g, '-').toLowerCase();
const primary = (lang: string) => normal(lang).split('-')[0]!;

/**
 * A voice for the language: one for exactly that language and region if there is one, else one for
 * the language in any region; among them the browser's default, then one on this device (network
 * voices stop when the connection does). None when no voice speaks the language.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const exact = voices.filter((v) => normal(v.lang) === normal(lang));
  const pool = exact.length > 0 ? exact : voices.filter((v) => primary(v.lang) === primary(lang));
  return pool.find((v) => v.default) ?? pool.find((v) => v.localService) ?? pool[0];
}
