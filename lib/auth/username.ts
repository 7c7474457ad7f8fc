// Usernames, for the accounts a teacher makes for students without email. A username is what a
// student types from their sign-in card, so it is short, lower-case ASCII and readable: the first
// name and the last name's initial ("Maya Kowalski" → "maya.k"), with a number when that is taken
// ("maya.k2"). It never contains "@", which is what keeps it apart from every email address in the
// one column both are kept in (lib/db/migrations/0012-managed-accounts.ts).

const MAX_BASE_LENGTH = 20;
/** For names with no letter that folds to ASCII (中文, العربية): the card still reads well. */
const FALLBACK_BASE = 'student';

/** Whether what someone typed to sign in is a username rather than an email address. */
export function isUsername(signInName: string): boolean {
  return !signInName.includes('@');
}

/** The username a name suggests, before a number is added to make it unique. */
export function usernameBase(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return FALLBACK_BASE;
  const first = words[0]!.slice(0, MAX_BASE_LENGTH);
  return words.length > 1 ? `${first}.${words[words.length - 1]![0]}` : first;
}

/** The first of base, base2, base3, … that is not taken. */
export function firstFreeUsername(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}
