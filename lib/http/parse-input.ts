import type { z } from 'zod';
import { AppError } from '@/lib/errors';

// The parse step of the pipeline: a value checked against a zod schema, or an AppError that says
// what to fix. Two ways to say it: the first problem in one sentence (JSON clients, scripts), or a
// message per field (forms, which show each next to its field).

export type InvalidInput = 'first-issue' | 'fields' | { message: string };

export const FIELDS_MESSAGE = 'Please correct the fields marked below.';

export function parseInput<T>(schema: z.ZodType<T>, value: unknown, invalid: InvalidInput = 'first-issue'): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (invalid === 'fields') throw new AppError('bad_request', FIELDS_MESSAGE, { fieldErrors: fieldErrorsOf(parsed.error) });
  if (invalid !== 'first-issue') throw new AppError('bad_request', invalid.message);
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  throw new AppError('bad_request', `The request is not valid: ${where}${issue?.message ?? 'unexpected shape'}.`);
}

/** The first message for each top-level field; a problem with the whole value goes under "form". */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}
