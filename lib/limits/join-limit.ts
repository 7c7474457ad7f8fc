import 'server-only';
import type { Kysely } from 'kysely';
import { joinClass, type JoinResult } from '@/lib/classes/join-class';
import type { Database } from '@/lib/db/schema';
import { isAppError } from '@/lib/errors';
import { assertFailuresLeft, recordFailure } from './enforce-limit';
import { LIMITS } from './limits';

// Class codes are 8 letters and digits, so they cannot be guessed at 10 wrong codes per student
// and 100 per address per 15 minutes; a right code is never counted. Used by the join route and
// by the join page, whose preview of a code would otherwise be a guessing oracle of its own.

export const WRONG_CODES = 'Too many wrong class codes.';

export type Guesser = { userId: string; ip: string | undefined };

/** Throws RateLimitedError when this student (or address) has used up its wrong codes. */
export async function assertJoinGuessesLeft(db: Kysely<Database>, who: Guesser): Promise<void> {
  await assertFailuresLeft(db, LIMITS.joinUser(), who.userId, WRONG_CODES);
  await assertFailuresLeft(db, LIMITS.joinIp(), who.ip, WRONG_CODES);
}

export async function recordWrongJoinCode(db: Kysely<Database>, who: Guesser): Promise<void> {
  await recordFailure(db, LIMITS.joinUser(), who.userId);
  await recordFailure(db, LIMITS.joinIp(), who.ip);
}

/** A code that names no class (or is not a code at all) is a wrong guess; other refusals are not. */
export function isWrongJoinCode(error: unknown): boolean {
  return isAppError(error, 'not_found') || isAppError(error, 'invalid');
}

/** Joins by code within the limit: refused (429) once the wrong codes are used up, counting each new one. */
export async function joinClassWithinLimit(db: Kysely<Database>, who: Guesser, code: string): Promise<JoinResult> {
  await assertJoinGuessesLeft(db, who);
  try {
    return await joinClass(db, who.userId, code);
  } catch (error) {
    if (isWrongJoinCode(error)) await recordWrongJoinCode(db, who);
    throw error;
  }
}
