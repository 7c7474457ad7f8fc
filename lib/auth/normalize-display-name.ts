import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { cleanName } from '@/lib/text/clean-name';

export const DISPLAY_NAME_MAX_LENGTH = 100;

export const DISPLAY_NAME_EMPTY = 'Enter your name, in letters a teacher can read.';
export const DISPLAY_NAME_TOO_LONG = `Use at most ${DISPLAY_NAME_MAX_LENGTH} characters for your name.`;

/** The name as stored and shown to teachers (cleaned as class names are); empty or overlong is a 400. */
export function normalizeDisplayName(input: string): string {
  const name = cleanName(input);
  if (name.length === 0) throw new AppError('bad_request', DISPLAY_NAME_EMPTY);
  if (name.length > DISPLAY_NAME_MAX_LENGTH) throw new AppError('bad_request', DISPLAY_NAME_TOO_LONG);
  return name;
}

/** The same rule for a form field, with its messages as field errors: cleaned first, then checked. */
export const DisplayNameSchema = z
  .string()
  .max(10 * DISPLAY_NAME_MAX_LENGTH, DISPLAY_NAME_TOO_LONG)
  .transform(cleanName)
  .pipe(z.string().min(1, DISPLAY_NAME_EMPTY).max(DISPLAY_NAME_MAX_LENGTH, DISPLAY_NAME_TOO_LONG));
