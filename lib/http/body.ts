import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { DEFAULT_BODY_LIMIT } from './body-limit';
import { refusal } from './error-response';

// Request bodies are read with a hard size cap and parsed with zod; every way a body can be wrong
// answers a 4xx with a sentence saying what to fix, and changes nothing.

/** Reads the body as text, refusing (413) as soon as it exceeds the limit. */
export async function readBodyText(request: Request, limit = DEFAULT_BODY_LIMIT): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (declared > limit) throw refusal('too_large', `The request body is too large (limit ${limit} bytes).`);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    // A client that drops the connection mid-upload sent no request to answer: a 400, not a 500.
    const { done, value } = await reader.read().catch(() => {
      throw refusal('bad_request', 'The request body could not be read; send it again.');
    });
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw refusal('too_large', `The request body is too large (limit ${limit} bytes).`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function isJsonRequest(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json');
}

/** The body as JSON, whatever its Content-Type says (sign-up has always taken it so). */
export async function readJsonValue(request: Request, limit = DEFAULT_BODY_LIMIT): Promise<unknown> {
  const text = await readBodyText(request, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw refusal('bad_request', 'The request body is not valid JSON.');
  }
}

export function assertJsonRequest(request: Request): void {
  if (!isJsonRequest(request))
    throw refusal('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).');
}

export async function parseJsonBody<T>(
  request: Request,
  schema: z.ZodType<T>,
  limit = DEFAULT_BODY_LIMIT,
  invalid: InvalidInput = 'first-issue',
): Promise<T> {
  assertJsonRequest(request);
  return parseInput(schema, await readJsonValue(request, limit), invalid);
}

/** Form posts (from plain HTML forms) get the same size cap and are parsed into a flat record. */
export async function readFormBody(request: Request, limit = 4 * 1024): Promise<Record<string, string>> {
  const text = await readBodyText(request, limit);
  return Object.fromEntries(new URLSearchParams(text));
}

// The parse step of the pipeline: a value checked against a zod schema, or an AppError that says
// what to fix. Two ways to say it: the first problem in one sentence (JSON clients, scripts), or a
// message per field (forms, which show each next to its field).

export type InvalidInput = 'first-issue' | 'fields' | { message: string };

export const FIELDS_MESSAGE = 'Please correct the fields marked below.';

export function parseInput<T>(schema: z.ZodType<T>, value: unknown, invalid: InvalidInput = 'first-issue'): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (invalid === 'fields')
    throw new AppError('bad_request', FIELDS_MESSAGE, { fieldErrors: fieldErrorsOf(parsed.error) });
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
