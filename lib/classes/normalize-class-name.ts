import 'server-only';
import { cleanName } from '@/lib/text/clean-name';
import { AppError } from '@/lib/errors';

export const CLASS_NAME_MAX_LENGTH = 100;

/** The name as stored: cleaned as display names are (lib/text/clean-name.ts); empty or overlong is refused. */
export function normalizeClassName(input: string): string {
  const name = cleanName(input);
  if (name.length === 0) throw new AppError('invalid', 'Enter a name for the class, such as "Year 10 History".');
  if (name.length > CLASS_NAME_MAX_LENGTH)
    throw new AppError('invalid', `Use at most ${CLASS_NAME_MAX_LENGTH} characters for the class name.`);
  return name;
}
