import { createHash, createHmac } from 'node:crypto';

// Everything an attempt randomises (question order, option order, option tokens) derives from its
// secret seed, so a reload shows exactly the same quiz and nothing needs storing per option.

/** A deterministic pseudo-random sequence in [0, 1) for a seed and a purpose (mulberry32). */
export function seededRandom(seed: string, purpose: string): () => number {
  let state = createHash('sha256').update(`${seed}:${purpose}`).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded sequence; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: string, purpose: string): T[] {
  const random = seededRandom(seed, purpose);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * The opaque token an option gets in one attempt. Content ids never reach the browser: an author
 * may name the right option "correct", and even "a"/"b" ordering could hint at the key.
 */
export function optionToken(seed: string, questionId: string, namespace: string, contentId: string): string {
  return createHmac('sha256', seed)
    .update(`${questionId}\0${namespace}\0${contentId}`)
    .digest('base64url')
    .slice(0, 12);
}
