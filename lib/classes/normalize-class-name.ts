import 'server-only';
import { ClassError } from './errors';

export const CLASS_NAME_MAX_LENGTH = 100;

/** The name as stored: trimmed, runs of white space made one space; empty or overlong is refused. */
export function normalizeClassName(input: string): string {
  const name = input.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (name.length === 0) throw new ClassError('invalid', 'Enter a name for the class, such as "Year 10 History".');
  if (name.length > CLASS_NAME_MAX_LENGTH) throw new ClassError('invalid', `Use at most ${CLASS_NAME_MAX_LENGTH} characters for the class name.`);
  return name;
}
