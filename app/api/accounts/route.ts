// POST /api/accounts – sign up: create an account (name, email, password, student or teacher); limited per address.
import { z } from 'zod';
import { DisplayNameSchema } from '@/lib/auth/normalize-display-name';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { EmailTakenError, createUser, normalizeEmail } from '@/lib/auth/users';
import { getDb } from '@/lib/db';
import { assertSameOrigin, HttpError, jsonError, jsonOk, readBodyText } from '@/lib/http/json';
import { handleRoute } from '@/lib/http/route';
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

export async function POST(request: Request) {
  return handleRoute(async () => {
    assertSameOrigin(request);
    let raw: unknown;
    try {
      raw = JSON.parse(await readBodyText(request, 4096));
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, 'The request body is not valid JSON.');
    }
    const parsed = SignUpSchema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'form');
        fieldErrors[field] ??= issue.message;
      }
      return jsonError(400, 'Please correct the fields marked below.', { fieldErrors });
    }
    const db = await getDb();
    // Counted before the argon2 hash that each sign-up costs, whether or not the email is free.
    await takePoint(db, LIMITS.signUpIp(), clientIp(request.headers), 'Too many new accounts from this network.');
    try {
      const user = await createUser(db, parsed.data);
      return jsonOk({ user: { name: user.name, role: user.role } }, 201);
    } catch (error) {
      if (error instanceof EmailTakenError) return jsonError(409, error.message, { fieldErrors: { email: error.message } });
      throw error;
    }
  });
}
