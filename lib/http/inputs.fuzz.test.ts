import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { EXTRA_TIME } from '@/lib/assignments/accommodation-options';
import { NewAssignmentSchema } from '@/lib/assignments/create-assignment';
import { ReviewPolicySchema } from '@/lib/assignments/review-policy';
import { AccommodationSchema } from '@/lib/assignments/set-accommodation';
import { formatJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from '@/lib/classes/join-code';
import { AppError } from '@/lib/errors';
import { httpStatusOf } from '@/lib/http/error-response';
import { CLASS_NAME_MAX_LENGTH, normalizeClassName } from '@/lib/classes/normalize-class-name';
import { GradeOverrideSchema, MAX_REASON_LENGTH } from '@/lib/gradebook/override-grade';
import { ResponseSchema } from '@/lib/grading/response';

// Property-based fuzzing of the exported schemas that parse request input, and of the class name
// and join code normalisers: any value at all is parsed without throwing, unknown fields are
// refused (every schema is strict), valid examples parse, and each kind of damage to a valid
// example is refused. The route handlers' own schemas are fuzzed through the routes in
// routes.fuzz.test.ts. Seeded (fast-check prints the seed and path on failure); FC_SEED=<n> explores.

const SEED = Number(process.env.FC_SEED) || 20_240_611;
const params = (numRuns: number) => ({ seed: SEED, numRuns });

// ---------------------------------------------------------------------------------------------
// Values to damage fields with.

const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '',
  ' ',
  'a.b',
  '0',
];
const keyArb = fc.oneof(
  fc.constantFrom(...DANGEROUS_KEYS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const numberLikeStrings = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-0',
  '0x10',
  '7',
  ' 7 ',
  '',
  'null',
  'undefined',
  'true',
);
const nonStringArb = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, null, true, false, 0n),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
  fc.date(),
);
// Not null: several number fields are nullable; where null is wrong, the field's list says so.
const nonNumberArb = fc.oneof(
  numberLikeStrings,
  fc.string({ maxLength: 5 }),
  fc.constantFrom(true, [], {}, [1], 1n, new Date(0)),
);
const nonFiniteArb = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
/** Text longer than `max` code points, in plain letters or in astral characters (two UTF-16 units each). */
const tooLongArb = (max: number) =>
  fc.oneof(fc.constant('x'.repeat(max + 1)), fc.constant('𝒳'.repeat(max + 1)), fc.constant('y'.repeat(100_000)));
const notOneOfArb = (values: readonly string[]) =>
  fc
    .oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(...values.map((v) => v.toUpperCase()), ...values.map((v) => ` ${v}`), '__proto__', 'constructor'),
    )
    .filter((v) => !values.includes(v));

/** Deep and wide values of every JavaScript kind, and the JSON subset of them a body can carry. */
const anythingArb = fc.oneof(
  fc.anything({
    maxDepth: 6,
    maxKeys: 20,
    withNullPrototype: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withObjectString: true,
    withUnicodeString: true,
  }),
  fc.jsonValue({ maxDepth: 10 }),
  fc.object({ key: keyArb, maxDepth: 3, maxKeys: 30 }),
);

// ISO date-times with an offset, as the assignment form sends them.
const instantArb = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const offsetArb = fc.integer({ min: -12 * 60, max: 14 * 60 }).map((minutes) => Math.round(minutes / 15) * 15);
function isoWithOffset(instant: Date, offsetMinutes: number): string {
  if (offsetMinutes === 0) return instant.toISOString();
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
const isoArb = fc.tuple(instantArb, offsetArb).map(([instant, offset]) => isoWithOffset(instant, offset));
const notIsoArb = fc.oneof(
  fc.constantFrom(
    'tomorrow',
    '2024-02-30T10:00:00Z',
    '2023-02-29T10:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-01-01T24:00:00Z',
    '2024-01-01T10:00:00',
    '2024-01-01',
    '1700000000000',
    '2024-01-01T00:00:00+99:00',
    '',
  ),
  instantArb.map((d) => d.toString()),
  instantArb.map((d) => d.getTime()),
);

const idArb = (max: number) => fc.string({ minLength: 1, maxLength: Math.min(max, 30) });

// ---------------------------------------------------------------------------------------------
// The schemas, each with a generator of valid input and of damage each field must refuse.

type SchemaCase = {
  name: string;
  schema: z.ZodType;
  keys: readonly string[];
  required: readonly string[];
  validArb: fc.Arbitrary<Record<string, unknown>>;
  badValues: Record<string, fc.Arbitrary<unknown>>;
};

const WHEN = ['immediately', 'after_due', 'never'] as const;
const whenArb = fc.constantFrom(...WHEN);

const newAssignmentArb = fc
  .record({
    classId: idArb(100),
    courseId: idArb(100),
    kind: fc.constantFrom('quiz', 'practice', 'final'),
    moduleId: idArb(100),
    opens: instantArb,
    dueAfterMs: fc.integer({ min: 1, max: 90 * 86_400_000 }),
    closesAfterMs: fc.option(fc.integer({ min: 0, max: 90 * 86_400_000 }), { nil: undefined }),
    offsets: fc.tuple(offsetArb, offsetArb, offsetArb),
    attemptsAllowed: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
    grading: fc.constantFrom('highest', 'last'),
    timeLimitMinutes: fc.option(fc.integer({ min: 1, max: 600 }), { nil: null }),
    reviewPolicy: fc.option(fc.record({ score: whenArb, answers: whenArb, correctAnswers: whenArb }), {
      nil: undefined,
    }),
  })
  .map(({ opens, dueAfterMs, closesAfterMs, offsets, reviewPolicy, ...rest }) => {
    const due = new Date(opens.getTime() + dueAfterMs);
    return {
      ...rest,
      opensAt: isoWithOffset(opens, offsets[0]),
      dueAt: isoWithOffset(due, offsets[1]),
      ...(closesAfterMs === undefined
        ? {}
        : { closesAt: isoWithOffset(new Date(due.getTime() + closesAfterMs), offsets[2]) }),
      ...(reviewPolicy === undefined ? {} : { reviewPolicy }),
    };
  });

const responseArb = fc.oneof(
  fc.record({ type: fc.constantFrom('single-choice', 'find-evidence', 'who-says-so'), choice: idArb(120) }),
  fc.record({ type: fc.constant('multiple-select'), choices: fc.array(idArb(120), { maxLength: 12 }) }),
  fc.record({ type: fc.constant('ordering'), order: fc.array(idArb(120), { maxLength: 12 }) }),
  fc.record({ type: fc.constant('true-false'), value: fc.boolean() }),
  fc.record({ type: fc.constant('fill-blank'), text: fc.string({ maxLength: 200 }) }),
  fc.record({ type: fc.constant('matching'), pairs: fc.dictionary(idArb(120), idArb(120), { maxKeys: 12 }) }),
);

const CASES: SchemaCase[] = [
  {
    name: 'NewAssignmentSchema',
    schema: NewAssignmentSchema,
    keys: [
      'classId',
      'courseId',
      'kind',
      'moduleId',
      'opensAt',
      'dueAt',
      'closesAt',
      'attemptsAllowed',
      'grading',
      'timeLimitMinutes',
      'reviewPolicy',
    ],
    required: ['classId', 'courseId', 'kind', 'opensAt', 'dueAt', 'attemptsAllowed', 'grading', 'timeLimitMinutes'],
    validArb: newAssignmentArb,
    badValues: {
      classId: fc.oneof(fc.constant(''), nonStringArb),
      courseId: fc.oneof(fc.constant(''), nonStringArb),
      kind: notOneOfArb(['quiz', 'practice', 'final']),
      opensAt: fc.oneof(notIsoArb, nonStringArb),
      dueAt: fc.oneof(notIsoArb, nonStringArb),
      closesAt: fc.oneof(notIsoArb, fc.constantFrom(1, true, [], {})),
      attemptsAllowed: fc.oneof(nonNumberArb, nonFiniteArb, fc.constantFrom(0, -1, 101, 1.5, 2 ** 53)),
      grading: notOneOfArb(['highest', 'last']),
      timeLimitMinutes: fc.oneof(nonNumberArb, nonFiniteArb, fc.constantFrom(0, -5, 601, 0.5, 1e9)),
      reviewPolicy: fc.oneof(
        fc.constantFrom(null, 'immediately', [], {}),
        fc.record({ score: notOneOfArb(WHEN), answers: whenArb, correctAnswers: whenArb }),
      ),
    },
  },
  {
    name: 'GradeOverrideSchema',
    schema: GradeOverrideSchema,
    keys: ['studentId', 'score', 'excused', 'clear', 'reason'],
    required: ['studentId', 'reason'],
    validArb: fc
      .record({
        studentId: idArb(100),
        reason: fc.string({ minLength: 1, maxLength: 60 }).filter((r) => r.trim() !== ''),
        which: fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }).map((score) => ({ score })),
          fc.constant({ excused: true }),
          fc.constant({ clear: true }),
        ),
      })
      .map(({ which, ...rest }) => ({ ...rest, ...which })),
    badValues: {
      studentId: fc.oneof(fc.constant(''), tooLongArb(100), nonStringArb),
      score: fc.oneof(nonNumberArb, nonFiniteArb, fc.constant(null)),
      excused: fc.constantFrom(false, 'true', 1, null),
      clear: fc.constantFrom(false, 'true', 1, null),
      reason: fc.oneof(fc.constantFrom('', ' ', '\n\t\u00a0'), tooLongArb(MAX_REASON_LENGTH), nonStringArb),
    },
  },
  {
    name: 'AccommodationSchema',
    schema: AccommodationSchema,
    keys: ['studentId', 'extraTime', 'dueAt'],
    required: ['studentId', 'extraTime', 'dueAt'],
    validArb: fc.record({
      studentId: idArb(100),
      extraTime: fc.constantFrom(...EXTRA_TIME),
      dueAt: fc.option(isoArb, { nil: null }),
    }),
    badValues: {
      studentId: fc.oneof(fc.constant(''), tooLongArb(100), nonStringArb),
      extraTime: fc.oneof(notOneOfArb(EXTRA_TIME), fc.constantFrom(1.25, 2, null)),
      dueAt: fc.oneof(notIsoArb, fc.constantFrom(1, true, [], {})),
    },
  },
  {
    name: 'ReviewPolicySchema',
    schema: ReviewPolicySchema,
    keys: ['score', 'answers', 'correctAnswers'],
    required: ['score', 'answers', 'correctAnswers'],
    validArb: fc.record({ score: whenArb, answers: whenArb, correctAnswers: whenArb }),
    badValues: {
      score: notOneOfArb(WHEN),
      answers: notOneOfArb(WHEN),
      correctAnswers: fc.oneof(notOneOfArb(WHEN), nonStringArb),
    },
  },
  {
    name: 'ResponseSchema',
    schema: ResponseSchema,
    keys: ['type', 'choice', 'choices', 'order', 'value', 'text', 'pairs'],
    required: ['type'],
    validArb: responseArb,
    badValues: {
      type: fc.oneof(
        notOneOfArb([
          'single-choice',
          'multiple-select',
          'true-false',
          'fill-blank',
          'matching',
          'ordering',
          'find-evidence',
          'who-says-so',
        ]),
        nonStringArb,
      ),
      choice: fc.oneof(fc.constant(''), tooLongArb(120), nonStringArb),
      choices: fc.oneof(
        fc.constant(Array.from({ length: 13 }, (_, i) => `o${i}`)),
        fc.constant(['']),
        fc.constant([1]),
        nonNumberArb.filter((v) => !Array.isArray(v)),
      ),
      order: fc.oneof(
        fc.constant(Array.from({ length: 13 }, (_, i) => `o${i}`)),
        fc.constant(['x'.repeat(121)]),
        fc.constant('a,b'),
      ),
      value: fc.constantFrom('true', 1, 0, null, 'false'),
      text: fc.oneof(tooLongArb(200), fc.constantFrom(1, null, ['a'])),
      pairs: fc.oneof(
        fc.constant(Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`l${i}`, `r${i}`]))),
        fc.constant({ a: 1 }),
        fc.constant({ a: '' }),
        fc.constantFrom(null, 'a=b', 1),
      ),
    },
  },
];

/** A JSON body with `key` added first, as a client would send it: JSON.parse makes even "__proto__" an own key. */
const withKey = (value: Record<string, unknown>, key: string, extra: unknown) =>
  JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(extra) ?? 'null'},${JSON.stringify(value).slice(1)}`) as Record<
    string,
    unknown
  >;

/** The fields that apply to this example (a response's fields depend on its type). */
const fieldsOf = (c: SchemaCase, value: Record<string, unknown>) =>
  c.name === 'ResponseSchema' ? Object.keys(value) : c.keys;

describe.each(CASES)('$name under generated input', (c) => {
  it('parses any value without throwing, and accepts only known fields', () => {
    fc.assert(
      fc.property(anythingArb, (value) => {
        const parsed = c.schema.safeParse(value);
        if (parsed.success) {
          for (const key of Reflect.ownKeys(value as object)) expect(c.keys).toContain(key);
        } else {
          expect(parsed.error.issues.length).toBeGreaterThan(0);
        }
      }),
      params(1000),
    );
  });

  it('accepts valid examples, also after a JSON round trip, and only with fields it knows', () => {
    fc.assert(
      fc.property(c.validArb, (value) => {
        const parsed = c.schema.safeParse(JSON.parse(JSON.stringify(value)));
        expect(parsed.error?.issues ?? []).toEqual([]);
        for (const key of Object.keys(parsed.data as object)) expect(c.keys).toContain(key);
      }),
      params(1000),
    );
  });

  it('refuses an unknown field, whatever its name (__proto__ and constructor included)', () => {
    const unknownKeyArb = keyArb.filter((key) => !c.keys.includes(key));
    fc.assert(
      fc.property(c.validArb, unknownKeyArb, fc.jsonValue({ maxDepth: 2 }), (value, key, extra) => {
        const parsed = c.schema.safeParse(withKey(value, key, extra));
        expect(parsed.success).toBe(false);
        expect(parsed.error!.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
      }),
      params(1000),
    );
  });

  it('refuses a missing required field', () => {
    fc.assert(
      fc.property(c.validArb, fc.constantFrom(...c.required), (value, key) => {
        const damaged = { ...value };
        delete damaged[key];
        expect(c.schema.safeParse(damaged).success).toBe(false);
      }),
      params(500),
    );
  });

  it('refuses a field of the wrong type or out of range (NaN, Infinity, number-like strings, overlong text)', () => {
    const damageArb = c.validArb.chain((value) => {
      const fields = fieldsOf(c, value).filter((key) => c.badValues[key]);
      return fc.constantFrom(...fields).chain((key) => c.badValues[key]!.map((bad) => ({ value, key, bad })));
    });
    fc.assert(
      fc.property(damageArb, ({ value, key, bad }) => {
        expect(c.schema.safeParse({ ...value, [key]: bad }).success).toBe(false);
      }),
      params(1000),
    );
  });
});

describe('schema rules beyond shape', () => {
  it('NewAssignmentSchema: due after open, close not before due, a module unless final — and nothing else decides', () => {
    const arb = fc.record({
      base: newAssignmentArb,
      opens: fc.tuple(instantArb, offsetArb),
      due: fc.tuple(instantArb, offsetArb),
      closes: fc.option(fc.tuple(instantArb, offsetArb), { nil: undefined }),
      hasModule: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ base, opens, due, closes, hasModule }) => {
        const input: Record<string, unknown> = {
          ...base,
          opensAt: isoWithOffset(...opens),
          dueAt: isoWithOffset(...due),
        };
        delete input.closesAt;
        if (closes) input.closesAt = isoWithOffset(...closes);
        if (!hasModule) delete input.moduleId;
        const expected = due[0] > opens[0] && (!closes || closes[0] >= due[0]) && (base.kind === 'final' || hasModule);
        expect(NewAssignmentSchema.safeParse(input).success).toBe(expected);
      }),
      params(1000),
    );
  });

  it('GradeOverrideSchema: exactly one of score, excused: true and clear: true', () => {
    const arb = fc.record({
      studentId: idArb(100),
      reason: fc.constant('Marked by hand'),
      score: fc.option(fc.integer(), { nil: undefined }),
      excused: fc.option(fc.constant(true), { nil: undefined }),
      clear: fc.option(fc.constant(true), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, (input) => {
        const count = [input.score !== undefined, input.excused, input.clear].filter(Boolean).length;
        expect(GradeOverrideSchema.safeParse(JSON.parse(JSON.stringify(input))).success).toBe(count === 1);
      }),
      params(1000),
    );
  });

  it('every date-time the schemas accept is a real instant (so toISOString never throws later)', () => {
    const textArb = fc.oneof(
      isoArb,
      notIsoArb.map(String),
      fc
        .tuple(
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
          fc.integer({ min: 0, max: 61 }),
          fc.constantFrom('Z', '+00:00', '+14:00', '-12:00', '+23:59', '+24:00', '-99:99', ''),
        )
        .map(
          ([y, mo, d, h, mi, s, zone]) =>
            `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:${String(s).padStart(2, '0')}${zone}`,
        ),
    );
    fc.assert(
      fc.property(textArb, fc.constantFrom(...EXTRA_TIME), (dueAt, extraTime) => {
        if (AccommodationSchema.safeParse({ studentId: 's', extraTime, dueAt }).success) {
          expect(Number.isFinite(new Date(dueAt).getTime())).toBe(true);
          expect(() => new Date(dueAt).toISOString()).not.toThrow();
        }
      }),
      params(2000),
    );
  });
});

describe('class names and join codes under generated input', () => {
  const codeArb = fc.string({ unit: fc.constantFrom(...JOIN_CODE_ALPHABET), minLength: 8, maxLength: 8 });

  it('normalizeJoinCode never throws, and returns a stored-form code or nothing', () => {
    const typedArb = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
      fc.string({ unit: 'binary', maxLength: 40 }),
      codeArb.map((c) => `${c}x`),
      fc.constant('x'.repeat(100_000)),
    );
    fc.assert(
      fc.property(typedArb, (typed) => {
        const code = normalizeJoinCode(typed);
        if (code !== undefined) {
          expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
          expect(normalizeJoinCode(code)).toBe(code);
        }
      }),
      params(1000),
    );
  });

  it('forgives case, white space and any dash in a real code, and the shown form ABCD-EFGH', () => {
    const noiseArb = fc.constantFrom('', ' ', '-', '\u2013', '\u2014', '\u00a0', '\t', ' - ');
    const typedArb = codeArb.chain((code) =>
      fc
        .tuple(fc.constant(code), fc.array(fc.tuple(fc.boolean(), noiseArb), { minLength: 8, maxLength: 8 }), noiseArb)
        .map(([c, noise, lead]) => ({
          code: c,
          typed: lead + Array.from(c, (ch, i) => (noise[i]![0] ? ch.toLowerCase() : ch) + noise[i]![1]).join(''),
        })),
    );
    fc.assert(
      fc.property(typedArb, ({ code, typed }) => {
        expect(normalizeJoinCode(typed)).toBe(code);
        expect(normalizeJoinCode(formatJoinCode(code))).toBe(code);
      }),
      params(1000),
    );
  });

  it('normalizeClassName returns a tidy name of 1 to 100 characters or refuses with a 422 AppError', () => {
    const nameArb = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.string({
        unit: fc.constantFrom('a', ' ', '\t', '\n', '\u0000', '\u001f', '\u007f', '\u00a0', '\u2028', '\u3000', 'é'),
        maxLength: 120,
      }),
      fc.constant('x'.repeat(100_000)),
    );
    fc.assert(
      fc.property(nameArb, (input) => {
        let name: string;
        try {
          name = normalizeClassName(input);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect(httpStatusOf(error as AppError)).toBe(422);
          return;
        }
        expect(name.length).toBeGreaterThanOrEqual(1);
        expect(name.length).toBeLessThanOrEqual(CLASS_NAME_MAX_LENGTH);
        expect(name).toBe(name.trim());
        expect(name).not.toMatch(/[\u0000-\u001f\u007f]|\s\s|[^\S ]/);
        expect(normalizeClassName(name)).toBe(name);
      }),
      params(1000),
    );
  });
});
