import 'server-only';
import { generateJoinCode, normalizeJoinCode } from '@/lib/classes/join-code';
import { isUsername } from './username';

// A personal code is the password on a student's sign-in card. It has a class code's shape (8
// characters without look-alikes, shown as ABCD-EFGH), so a child copying it from paper can
// type it in any case, with or without the dash; 31^8 ≈ 8.5 × 10^11 codes behind the same
// sign-in lockout as every password. It is stored only as an argon2 hash, like a password: a
// teacher who loses a card gives the student a new one.

export const newPersonalCode = generateJoinCode;

/**
 * The password as it is checked. An account with a username signs in with a personal code, so
 * what was typed is read as one ("abcd efgh" is ABCDEFGH); anything else is checked as typed.
 */
export function passwordAsChecked(signInName: string, password: string): string {
  return isUsername(signInName) ? (normalizeJoinCode(password) ?? password) : password;
}
