import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AlreadySubmittedError } from '@/lib/attempts/submit-attempt';
import type { AttemptView } from '@/lib/attempts/views';
import { AppError, type AppErrorCode } from '@/lib/errors';
import { GradeOverrideSchema } from '@/lib/gradebook/override-grade';
import { ResponseTypeMismatchError } from '@/lib/grading';
import { ResponseSchema } from '@/lib/grading/response';
import { ReviewPolicySchema } from '@/lib/assignments/review-policy';
import { parseJsonBody, readFormBody } from './body';
import { DEFAULT_BODY_LIMIT } from './body-limit';
import { HttpError } from './error-response';
import { httpStatusOf } from './error-response';
import { apiRoute } from './api-route';

// Property-based fuzzing of how request bodies are read and how route failures are answered:
// whatever a client sends, parseJsonBody either returns what the schema accepts or throws an
// AppError answered 400, 413 or 415, quickly; whatever a handler throws, the route wrapper (apiRoute) answers JSON.
// Seeded, so a failure reproduces (fast-check prints the seed and path); FC_SEED=<n> explores.

const SEED = Number(process.env.FC_SEED) || 20_240_611;
const params = (numRuns: number) => ({ seed: SEED, numRuns });

const URL_ = 'http://localhost/x';
const JSON_TYPE = { 'content-type': 'application/json' };
const encoder = new TextEncoder();

const post = (body: BodyInit | null, headers: Record<string, string> = JSON_TYPE) =>
  new Request(URL_, { method: 'POST', body, headers });

/** A body that arrives in the given chunks, as a slow or chunked upload would. */
function streamed(chunks: Uint8Array[], headers: Record<string, string> = JSON_TYPE): Request {
  const queue = [...chunks];
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
  return new Request(URL_, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

/** What parseJsonBody ought to do with these bytes: the parsed value, or the status it refuses with. */
function expectedOutcome<T>(
  bytes: Uint8Array,
  schema: z.ZodType<T>,
  limit: number,
  declared?: number,
): { status: number } | { value: T } {
  if (bytes.byteLength > limit || (declared !== undefined && declared > limit)) return { status: 413 };
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return { status: 400 };
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? { value: parsed.data } : { status: 400 };
}

async function outcomeOf<T>(
  request: Request,
  schema: z.ZodType<T>,
  limit: number,
): Promise<{ status: number } | { value: T }> {
  try {
    return { value: await parseJsonBody(request, schema, limit) };
  } catch (error) {
    // Anything but an AppError would reach the route wrapper as a bug: a 500.
    expect(error).toBeInstanceOf(AppError);
    const { message } = error as AppError;
    const status = httpStatusOf(error as AppError);
    expect([400, 413, 415]).toContain(status);
    expect(message).toMatch(/^[A-Z].*\.$/s);
    return { status };
  }
}

const nested = (depth: number, open: string, close: string, inner = '') =>
  open.repeat(depth) + inner + close.repeat(depth);

const SCHEMAS = {
  response: ResponseSchema as z.ZodType<unknown>,
  save: z.strictObject({
    response: ResponseSchema,
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/),
  }) as z.ZodType<unknown>,
  override: GradeOverrideSchema as z.ZodType<unknown>,
  reviewPolicy: ReviewPolicySchema as z.ZodType<unknown>,
};
const VALID_BODIES = [
  { type: 'single-choice', choice: 'o1' },
  { response: { type: 'matching', pairs: { a: 'b' } }, idempotencyKey: 'abcdefgh-1234' },
  { studentId: 'u_1', score: 7, reason: 'Marked by hand' },
  { score: 'immediately', answers: 'after_due', correctAnswers: 'never' },
];

// Bodies of every kind: random bytes, valid and truncated JSON, JSON's near misses, deep nesting,
// bodies just under and over the limit, and valid examples with unknown or dangerous keys.
const bodyTextArb = fc.oneof(
  fc.json({ maxDepth: 6 }),
  fc.json({ maxDepth: 2 }).chain((text) => fc.nat({ max: text.length }).map((cut) => text.slice(0, cut))),
  fc.constantFrom(...VALID_BODIES).map((body) => JSON.stringify(body)),
  fc
    .tuple(
      fc.constantFrom(...VALID_BODIES),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra', ''),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(
      ([body, key, value]) =>
        `{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'},${JSON.stringify(body).slice(1)}`,
    ),
  fc.constantFrom(
    '',
    ' ',
    'null',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '{"a":1,}',
    "{'a':1}",
    '{"a":1} // c',
    '\ufeff{}',
    '"\\ud800"',
    '[]',
    '{}',
    'true',
    '0',
  ),
  fc
    .record({ depth: fc.integer({ min: 1, max: 20_000 }), kind: fc.constantFrom('[]', '{"a":}', '{"pairs":}') })
    .map(({ depth, kind }) =>
      kind === '[]'
        ? nested(depth, '[', ']')
        : kind === '{"a":}'
          ? nested(depth, '{"a":', '}', '1')
          : nested(depth, '{"type":"matching","pairs":', '}', '{}'),
    ),
  fc
    .integer({ min: DEFAULT_BODY_LIMIT - 16, max: DEFAULT_BODY_LIMIT * 3 })
    .map((size) => `"${'x'.repeat(Math.max(0, size - 2))}"`),
);
const bodyBytesArb = fc.oneof(
  { weight: 3, arbitrary: bodyTextArb.map((text) => encoder.encode(text)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4096 }) },
);

describe('parseJsonBody under generated bodies', () => {
  it('returns exactly what the schema accepts, else an HttpError 400 or 413; never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        bodyBytesArb,
        fc.constantFrom(...(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])),
        fc.constantFrom(DEFAULT_BODY_LIMIT, 4096, 1024),
        fc.constantFrom('none', 'true', 'smaller', 'larger'),
        async (bytes, schemaName, limit, declaring) => {
          const schema = SCHEMAS[schemaName];
          const declared = { none: undefined, true: bytes.byteLength, smaller: 0, larger: limit + 1 }[declaring];
          const headers = declared === undefined ? JSON_TYPE : { ...JSON_TYPE, 'content-length': String(declared) };
          const started = performance.now();
          const outcome = await outcomeOf(post(bytes, headers), schema, limit);
          // Tens of milliseconds at most when the machine is idle; the bound leaves room for a busy one.
          expect(performance.now() - started).toBeLessThan(1000);
          expect(outcome).toEqual(expectedOutcome(bytes, schema, limit, declared));
        },
      ),
      params(1000),
    );
  });

  it('reads streamed bodies chunk by chunk to the same outcome, and stops at the limit', async () => {
    const chunkedArb = bodyBytesArb.chain((bytes) =>
      fc.array(fc.nat({ max: bytes.byteLength }), { maxLength: 6 }).map((cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), bytes.byteLength];
        return {
          bytes,
          chunks: points
            .slice(1)
            .map((end, i) => bytes.slice(points[i], end))
            .filter((c) => c.byteLength > 0),
        };
      }),
    );
    await fc.assert(
      fc.asyncProperty(chunkedArb, async ({ bytes, chunks }) => {
        const outcome = await outcomeOf(streamed(chunks), SCHEMAS.save, DEFAULT_BODY_LIMIT);
        expect(outcome).toEqual(expectedOutcome(bytes, SCHEMAS.save, DEFAULT_BODY_LIMIT));
      }),
      params(500),
    );
  });

  it('refuses with 415 whatever the body when the content type is not JSON, and only then', async () => {
    const typeArb = fc.oneof(
      fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'text/json',
        'application/xml',
        ' ',
        'json',
        'application/ json',
      ),
      fc.string({ maxLength: 40 }).filter((t) => /^[\t\x20-\x7e]*$/.test(t)),
    );
    await fc.assert(
      fc.asyncProperty(fc.option(typeArb, { nil: undefined }), bodyBytesArb, async (type, bytes) => {
        const request = new Request(URL_, {
          method: 'POST',
          body: bytes,
          headers: type === undefined ? {} : { 'content-type': type },
        });
        // Without a content type, undici labels a byte body as nothing at all.
        const sent = request.headers.get('content-type') ?? '';
        const outcome = await outcomeOf(request, SCHEMAS.response, DEFAULT_BODY_LIMIT);
        if (sent.toLowerCase().startsWith('application/json')) expect(outcome).not.toEqual({ status: 415 });
        else expect(outcome).toEqual({ status: 415 });
      }),
      params(1000),
    );
  });

  it('accepts the JSON content type in any case and with parameters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.mixedCase(fc.constant('application/json')),
        fc.constantFrom('', '; charset=utf-8', ';charset=UTF-8'),
        async (type, parameters) => {
          const outcome = await outcomeOf(
            post(JSON.stringify(VALID_BODIES[0]), { 'content-type': type + parameters }),
            SCHEMAS.response,
            DEFAULT_BODY_LIMIT,
          );
          expect(outcome).toEqual({ value: VALID_BODIES[0] });
        },
      ),
      params(200),
    );
  });

  it('refuses 100 000 levels of nesting in under a second: 413 at the usual limit, 400 when the limit allows the size', async () => {
    for (const [open, close, inner] of [
      ['[', ']', ''],
      ['{"a":', '}', '1'],
      ['{"type":"matching","pairs":', '}', '{}'],
    ] as const) {
      const body = nested(100_000, open, close, inner);
      for (const [limit, status] of [
        [DEFAULT_BODY_LIMIT, 413],
        [10 * 1024 * 1024, 400],
      ] as const) {
        for (const schema of Object.values(SCHEMAS)) {
          const started = performance.now();
          expect(await outcomeOf(post(body), schema, limit)).toEqual({ status });
          // About 10 ms (413) and 40–90 ms (400, parsed in full) on an idle machine.
          expect(performance.now() - started).toBeLessThan(1000);
        }
      }
    }
  });

  it('stops reading an endless body at the limit with 413', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1000).fill(0x20));
      },
    });
    const request = new Request(URL_, {
      method: 'POST',
      body: endless,
      headers: JSON_TYPE,
      duplex: 'half',
    } as RequestInit);
    expect(await outcomeOf(request, SCHEMAS.response, DEFAULT_BODY_LIMIT)).toEqual({ status: 413 });
    expect(pulled).toBeLessThan(DEFAULT_BODY_LIMIT / 1000 + 5);
  });
});

describe('readFormBody under generated bodies', () => {
  it('returns a record of strings, or 413 over the limit; never throws anything else', async () => {
    const formArb = fc.oneof(
      fc.uint8Array({ maxLength: 5000 }),
      fc.dictionary(fc.string(), fc.string()).map((record) => encoder.encode(new URLSearchParams(record).toString())),
      fc.string({ unit: 'binary', maxLength: 3000 }).map((text) => encoder.encode(text)),
    );
    await fc.assert(
      fc.asyncProperty(formArb, async (bytes) => {
        try {
          const record = await readFormBody(post(bytes, { 'content-type': 'application/x-www-form-urlencoded' }));
          expect(bytes.byteLength).toBeLessThanOrEqual(4 * 1024);
          for (const value of Object.values(record)) expect(typeof value).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(HttpError);
          expect((error as HttpError).status).toBe(413);
          expect(bytes.byteLength).toBeGreaterThan(4 * 1024);
        }
      }),
      params(1000),
    );
  });
});

describe('the route wrapper under generated failures', () => {
  const GENERIC = 'Something went wrong on our side. Your saved answers are safe; please try again.';
  let logged: unknown[][] = [];
  beforeEach(() => {
    logged = [];
    // Logging must cope with any value too, so it formats what it is given rather than dropping it.
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  const MARK = 'SECRET-INTERNAL-DETAIL';
  const messageArb = fc.oneof(
    fc.string({ maxLength: 50 }),
    fc.string({ unit: 'binary', maxLength: 50 }),
    fc.constant(''),
    fc.constant('x'.repeat(10_000)),
  );
  const attemptView = { id: 'at_1', status: 'submitted', score: 1 } as unknown as AttemptView;

  // Failures the route wrapper knows, with the status and body they must become.
  const knownArb: fc.Arbitrary<{ error: Error; status: number; body: Record<string, unknown> }> = fc.oneof(
    fc
      .tuple(fc.integer({ min: 400, max: 599 }), messageArb)
      .map(([status, message]) => ({ error: new HttpError(status, message), status, body: { error: message } })),
    fc
      .tuple(
        fc.constantFrom('not_found' as const, 'forbidden' as const, 'conflict' as const, 'invalid' as const),
        messageArb,
      )
      .map(([code, message]) => {
        const error = new AppError(code, message);
        return {
          error,
          status: { not_found: 404, forbidden: 403, conflict: 409, invalid: 422 }[code],
          body: { error: message },
        };
      }),
    fc
      .tuple(
        fc.constantFrom<AppErrorCode>(
          'bad_request',
          'unauthenticated',
          'not_found',
          'forbidden',
          'conflict',
          'invalid',
          'too_large',
        ),
        messageArb,
      )
      .map(([code, message]) => {
        const error = new AppError(code, message);
        return { error, status: httpStatusOf(error), body: { error: message } };
      }),
    fc.tuple(fc.constantFrom('not_found' as const, 'invalid' as const), messageArb).map(([code, message]) => ({
      error: new AppError(code, message),
      status: code === 'not_found' ? 404 : 422,
      body: { error: message },
    })),
    fc.constant({
      error: new AlreadySubmittedError(attemptView),
      status: 409,
      body: { error: 'This attempt was already submitted; here is its result.', attempt: attemptView },
    }),
  );

  // Anything else a handler might throw: it is a bug, answered with the generic 500.
  const unknownArb: fc.Arbitrary<unknown> = fc.oneof(
    fc.anything({
      maxDepth: 3,
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
    }),
    messageArb.map((m) => new Error(`${MARK} ${m}`)),
    messageArb.map((m) => new TypeError(`${MARK} ${m}`)),
    fc.constant(new RangeError(`${MARK} Maximum call stack size exceeded`)),
    fc.constant(z.strictObject({ a: z.string() }).safeParse({ a: 1, [MARK]: true }).error),
    fc.constant(
      new ResponseTypeMismatchError({ id: MARK, type: 'true-false' } as never, { type: 'fill-blank', text: MARK }),
    ),
    // Shaped like an HttpError, but not one: a status on a plain object is not trusted.
    fc.integer({ min: 100, max: 599 }).map((status) => ({ status, message: `${MARK} duck` })),
    fc.constant(Object.assign(new Error(MARK), { status: 400, code: 'not_found' })),
  );

  async function answer(thrown: unknown) {
    const response = await apiRoute({ auth: 'public', database: false }, async () => {
      throw thrown;
    })(new Request(URL_));
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
  }

  it('answers a known failure with its status and {error: message}, without logging it as a bug', async () => {
    await fc.assert(
      fc.asyncProperty(knownArb, async ({ error, status, body }) => {
        logged = [];
        const answered = await answer(error);
        expect(answered.status).toBe(status);
        expect(answered.body).toEqual(body);
        expect(answered.text).not.toContain('    at ');
        expect(logged).toEqual([]);
      }),
      params(1000),
    );
  });

  it('answers anything else with a generic JSON 500 that leaks neither message nor stack, and logs it', async () => {
    await fc.assert(
      fc.asyncProperty(unknownArb, async (thrown) => {
        logged = [];
        const answered = await answer(thrown);
        expect(answered.status).toBe(500);
        expect(answered.body).toEqual({ error: GENERIC });
        expect(answered.text).not.toContain(MARK);
        expect(logged).toHaveLength(1);
        expect(logged[0]![1]).toBe(thrown);
      }),
      params(1000),
    );
  });
});
