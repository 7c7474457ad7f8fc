import 'server-only';
import { randomInt } from 'node:crypto';

// Join codes are what a teacher reads out or writes on the board, so they avoid characters that
// look alike (0/O, 1/I/L) and are shown in two groups of four. 31^8 ≈ 8.5 × 10^11 codes: far too
// many to guess, and a rare collision on creation is simply retried.

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

const VALID = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** A fresh code from a cryptographic source, each character drawn without bias. */
export function generateJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** "ABCDEFGH" → "ABCD-EFGH", for reading aloud and copying. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What someone typed or pasted (" abcd efgh", "ABCD-EFGH", "abcd–efgh") as the stored code, or
 * undefined when it cannot be one. Case, white space and any kind of dash are forgiven; look-alike
 * characters are not guessed at, since a wrong guess would join the wrong class.
 */
export function normalizeJoinCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s\p{Pd}]+/gu, '');
  return VALID.test(code) ? code : undefined;
}
