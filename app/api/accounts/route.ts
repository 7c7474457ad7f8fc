// POST /api/accounts – sign up: create an account (name, email, password, student or teacher); limited per address.
import { z } from 'zod';
import { DisplayNameSchema } from '@/lib/auth/normalize-display-name';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { createUser, normalizeEmail } from '@/lib/auth/users';
import { apiRoute } from '@/lib/http/api-route';
import { clientIp } from '@/lib/limits/client-ip';
import { takePoint } from '@/lib/limits/enforce-limit';
import { LIMITS } from '@/lib/limits/limits';

const SignUpSchema = z.strictObject({
  name: DisplayNameSchema,
  // Stored as sign-in looks it up (normalizeEmail), so the address is checked as it will be kept.
  email: z
    .string()
    .transform(normalizeEmail)
    .pipe(z.string().max(320, 'That email address is too long.').pipe(z.email('Enter an email address like name@example.com.'))),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  role: z.enum(['student', 'teacher'], 'Choose student or teacher.'),
});

export const POST = apiRoute(
  { auth: 'public', body: SignUpSchema, accepts: 'json-any-type', bodyLimit: 4096, invalid: 'fields', status: 201 },
  async ({ input, request, db }) => {
    // Counted before the argon2 hash that each sign-up costs, whether or not the email is free.
    await takePoint(db, LIMITS.signUpIp(), clientIp(request.headers), 'Too many new accounts from this network.');
    const user = await createUser(db, input);
    return { user: { name: user.name, role: user.role } };
  },
);
