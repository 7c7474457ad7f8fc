import 'server-only';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/lib/db/schema';
import { takePoint } from '@/lib/limits/enforce-limit';
import { LIMITS } from '@/lib/limits/limits';
import { DisplayNameSchema } from './normalize-display-name';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';
import { createUser, normalizeEmail, type User } from './users';

// Sign-up, for POST /api/accounts and the sign-up form's Server Action alike.

export const SignUpSchema = z.strictObject({
  name: DisplayNameSchema,
  // Stored as sign-in looks it up (normalizeEmail), so the address is checked as it will be kept.
  email: z
    .string()
    .transform(normalizeEmail)
    .pipe(
      z
        .string()
        .max(320, 'That email address is too long.')
        .pipe(z.email('Enter an email address like name@example.com.')),
    ),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  role: z.enum(['student', 'teacher'], 'Choose student or teacher.'),
});

/** Creates the account; limited per address, counted before the argon2 hash each sign-up costs, whether or not the email is free. */
export async function signUp(
  db: Kysely<Database>,
  input: z.output<typeof SignUpSchema>,
  ip: string | undefined,
): Promise<User> {
  await takePoint(db, LIMITS.signUpIp(), ip, 'Too many new accounts from this network.');
  return createUser(db, input);
}
