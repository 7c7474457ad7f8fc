// A name people type (a display name, a class name) as it is stored and shown: what a reader sees
// is what is there. Removed: control characters (made spaces), bidi embeddings, overrides and
// isolates (U+202A–202E, U+2066–2069: "‮txt.exe" showed as "exe.txt" in the gradebook and CSVs,
// so a student could disguise their name) and every other format or default-ignorable character
// (zero-width spaces and joiners, soft hyphens, BOMs, Hangul fillers: a name that looks empty or
// like someone else's). Then NFC, so one spelling is stored one way, runs of white space become
// one space, and the ends are trimmed. Pure, so it runs anywhere; callers decide what an empty
// or overlong result means for them.

const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/gu;

export function cleanName(input: string): string {
  return input.replace(CONTROL, ' ').replace(INVISIBLE, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}
