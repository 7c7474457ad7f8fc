import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerKeyProblems } from '../content/check';
import { QuestionSchema, WHO_SAYS_SO_IDS, type Question, type QuestionType } from '../content/schema';
import { gradeResponse, ResponseTypeMismatchError, verdictOf, type Grade } from './index';
import { ResponseSchema, type Response } from './response';
import { keyResponses } from '@/scripts/testing/grading/key-response';

// Property-based fuzzing of grading: thousands of generated questions (valid by the content
// schema and the content check) and responses (well formed and not), graded and compared with a
// reference model written again from the README's "Grading rules" table, not from the graders.
// The seed is fixed so a failure reproduces; fast-check prints the seed, the path and the shrunk
// counterexample. FC_SEED=<n> explores other inputs, FC_RUNS=<n> more of them.

const SEED = Number(process.env.FC_SEED) || 20_240_611;
const RUNS = Math.max(1000, Number(process.env.FC_RUNS) || 0);
const params = { seed: SEED, numRuns: RUNS };

const TYPES: QuestionType[] = [
  'single-choice',
  'multiple-select',
  'true-false',
  'fill-blank',
  'matching',
  'ordering',
  'find-evidence',
  'who-says-so',
];

// ---------------------------------------------------------------------------------------------
// The reference model: the README's rules, stated as directly as code allows.

// Curly, low-9 and prime quotes are the straight ones (lib/content/quotes.ts lists the same marks).
const STRAIGHT: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
};
const straighten = (text: string) => Array.from(text, (c) => STRAIGHT[c] ?? c).join('');

/**
 * README: "normalising case, white space, curly vs. straight quotes, a trailing full stop and
 * surrounding quotation marks". Unicode NFKC is not in the README but is in lib/grading/index.ts's
 * rules, so it is here too. One trailing full stop goes, outside or inside one pair of quotes.
 */
function referenceNormalize(text: string): string {
  const folded = straighten(straighten(text).normalize('NFKC').toLowerCase().normalize('NFKC'));
  const spaced = folded.split(/\s+/u).filter(Boolean).join(' ');
  const quotedThenStop = /^(['"]) ?(.*?) ?\1 ?[.。]$/su.exec(spaced);
  const stopInQuotes = /^(['"]) ?(.*?) ?[.。] ?\1$/su.exec(spaced);
  const quoted = /^(['"]) ?(.*?) ?\1$/su.exec(spaced);
  const stop = /^(.*?) ?[.。]$/su.exec(spaced);
  return quotedThenStop?.[2] ?? stopInQuotes?.[2] ?? quoted?.[2] ?? stop?.[1] ?? spaced;
}

type Reference = Grade | 'type mismatch';

function referenceGrade(question: Question, response: Response): Reference {
  const allOrNothing = (isRight: boolean): Grade => ({ score: isRight ? 1 : 0, isCorrect: isRight });
  if (response.type !== question.type) return 'type mismatch';
  switch (question.type) {
    case 'single-choice':
    case 'find-evidence':
      return allOrNothing('choice' in response && response.choice === question.answer);
    case 'who-says-so':
      return allOrNothing(
        'choice' in response &&
          (response.choice === question.answer || (question.alsoAccepted ?? []).some((a) => a === response.choice)),
      );
    case 'true-false':
      return allOrNothing('value' in response && response.value === question.answer);
    case 'ordering': {
      const order = 'order' in response ? response.order : [];
      return allOrNothing(order.length === question.answer.length && order.every((id, i) => id === question.answer[i]));
    }
    case 'fill-blank': {
      const given = referenceNormalize('text' in response ? response.text : '');
      return allOrNothing(given !== '' && question.answer.some((variant) => referenceNormalize(variant) === given));
    }
    case 'multiple-select': {
      // (right chosen − wrong chosen) ÷ right options, never below 0; full marks only for the exact set.
      const right = new Set(question.answer);
      const chosen = new Set('choices' in response ? response.choices : []);
      const rightChosen = [...chosen].filter((id) => right.has(id)).length;
      const wrongChosen = chosen.size - rightChosen;
      return {
        score: Math.max(0, (rightChosen - wrongChosen) / right.size),
        isCorrect: rightChosen === right.size && wrongChosen === 0,
      };
    }
    case 'matching': {
      // The share of left items matched to their right item.
      const given = new Map(Object.entries('pairs' in response ? response.pairs : {}));
      const key = new Map(Object.entries(question.answer));
      const lefts = question.options.left.map((o) => o.id);
      const matched = lefts.filter((left) => key.has(left) && given.get(left) === key.get(left)).length;
      return { score: matched / lefts.length, isCorrect: matched === lefts.length };
    }
  }
}

/** What must hold of every grade, whatever the question and response. */
function expectSoundGrade(grade: Grade): void {
  expect(Number.isFinite(grade.score)).toBe(true);
  expect(grade.score).toBeGreaterThanOrEqual(0);
  expect(grade.score).toBeLessThanOrEqual(1);
  expect(grade.isCorrect).toBe(grade.score === 1);
  const verdict = verdictOf(grade);
  expect(verdict).toBe(grade.isCorrect ? 'correct' : grade.score > 0 ? 'partial' : 'incorrect');
}

// ---------------------------------------------------------------------------------------------
// Questions: valid by QuestionSchema and by the content check's answer-key rules.

// Option ids as content allows them (/^[a-z0-9-]+$/), mostly from a small pool so that responses
// often name real options; "constructor" is there because every plain object inherits one.
const optionIdArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'constructor', '0', 'x-1') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,20}$/) },
);
const optionsOf = (ids: string[]) => ids.map((id) => ({ id, text: `Option ${id}` }));

// Characters normalisation treats specially, so generated answers collide with variants often.
const TRICKY = [
  'a',
  'A',
  'b',
  'B',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﬁ',
  'Ａ',
  ' ',
  '\u00a0',
  '\t',
  '\n',
  '\u3000',
  '\u2009',
  '\u200b',
  '.',
  '。',
  '．',
  '…',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '„',
  '″',
  '＂',
  '-',
];
const loneSurrogateArb = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const freeTextArb = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(fc.constantFrom(...TRICKY), loneSurrogateArb), maxLength: 12 }) },
);
// Accepted variants are trimmed, non-blank text (the content schema's `text`) that still says
// something once normalised: the content check refuses "." or '""', which no answer could match.
const variantArb = freeTextArb
  .map((text) => (text.trim() === '' ? `w${text}` : text))
  .filter((text) => referenceNormalize(text) !== '');

// Paragraphs p1–p9 of six sentences each: the article find-evidence questions point into.
const SENTENCES = new Map(
  Array.from({ length: 9 * 6 }, (_, i) => {
    const paragraph = `p${Math.floor(i / 6) + 1}`;
    return [`${paragraph}s${(i % 6) + 1}`, { text: 'A quote.', paragraph }] as const;
  }),
);

const BASE = {
  id: 'fuzz-question',
  objective: 'fuzz-objective',
  pool: 'practice',
  revision: 1,
  prompt: 'Which is it?',
  explanation: 'Because the article says so.',
  evidence: [{ sentence: 'p1s1', quote: 'A quote.' }],
};

const distinctIds = (minLength: number, maxLength: number) => fc.uniqueArray(optionIdArb, { minLength, maxLength });
const permutationOf = <T>(items: T[]) =>
  fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });

const QUESTION_FIELDS: Record<QuestionType, fc.Arbitrary<Record<string, unknown>>> = {
  'single-choice': distinctIds(2, 6).chain((ids) =>
    fc.constantFrom(...ids).map((answer) => ({ options: optionsOf(ids), answer })),
  ),
  'multiple-select': distinctIds(3, 8).chain((ids) =>
    fc
      .shuffledSubarray(ids, { minLength: 1, maxLength: ids.length - 1 })
      .map((answer) => ({ options: optionsOf(ids), answer })),
  ),
  'true-false': fc.boolean().map((answer) => ({ answer })),
  'fill-blank': fc
    .array(variantArb, { minLength: 1, maxLength: 4 })
    .map((answer) => ({ prompt: 'The pact is an ___.', answer })),
  matching: fc
    .integer({ min: 2, max: 6 })
    .chain((lefts) => fc.tuple(fc.constant(lefts), fc.integer({ min: lefts, max: 8 })))
    .chain(([lefts, rights]) =>
      distinctIds(lefts + rights, lefts + rights).map((ids) => ({
        left: ids.slice(0, lefts),
        right: ids.slice(lefts),
      })),
    )
    .chain(({ left, right }) =>
      fc.shuffledSubarray(right, { minLength: left.length, maxLength: left.length }).map((matched) => ({
        options: { left: optionsOf(left), right: optionsOf(right) },
        answer: Object.fromEntries(left.map((id, i) => [id, matched[i]!])),
      })),
    ),
  ordering: distinctIds(3, 7).chain((ids) => permutationOf(ids).map((answer) => ({ options: optionsOf(ids), answer }))),
  'find-evidence': fc.constantFrom(...SENTENCES.keys()).map((answer) => ({
    paragraph: SENTENCES.get(answer)!.paragraph,
    answer,
    evidence: [{ sentence: answer, quote: 'A quote.' }],
  })),
  'who-says-so': fc.constantFrom(...WHO_SAYS_SO_IDS).chain((answer) =>
    fc
      .subarray(
        WHO_SAYS_SO_IDS.filter((id) => id !== answer),
        { maxLength: 1 },
      )
      .map((also) => ({ answer, ...(also.length ? { alsoAccepted: also } : {}) })),
  ),
};

const questionArb = (type: QuestionType): fc.Arbitrary<Question> =>
  QUESTION_FIELDS[type].map((fields) => QuestionSchema.parse({ ...BASE, type, ...fields }));
const anyQuestionArb = fc.constantFrom(...TYPES).chain(questionArb);

// ---------------------------------------------------------------------------------------------
// Responses: shaped for the question, but with unknown ids, repeats, empty and oversized values.

const wildIdArb = fc.oneof(
  optionIdArb,
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ minLength: 118, maxLength: 125 }),
  fc.constantFrom('', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'p1s1', 'pact', 'A', ' a'),
);

/** Every id a question offers a learner to choose. */
function offeredIds(question: Question): string[] {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select':
    case 'ordering':
      return question.options.map((o) => o.id);
    case 'matching':
      return [...question.options.left, ...question.options.right].map((o) => o.id);
    case 'find-evidence':
      return [...SENTENCES.keys()].filter((id) => SENTENCES.get(id)!.paragraph === question.paragraph);
    case 'who-says-so':
      return [...WHO_SAYS_SO_IDS];
    case 'true-false':
    case 'fill-blank':
      return [];
  }
}

/** A variant as a learner might type it: other case, spacing, quotes, full stops, or one slip. */
const typedVariantArb = (variants: string[]) =>
  fc
    .record({
      variant: fc.constantFrom(...variants),
      flips: fc.array(fc.boolean(), { maxLength: 40 }),
      space: fc.constantFrom(' ', '  ', '\u00a0', '\t', ' \u2009'),
      pad: fc.constantFrom('', ' ', '\u00a0\n'),
      curl: fc.boolean(),
      stop: fc.constantFrom('', '', '.', '。', '．', '..'),
      quotes: fc.constantFrom<[string, string]>(
        ['', ''],
        ['', ''],
        ['"', '"'],
        ['“', '”'],
        ["'", "'"],
        ['‘', '’'],
        ['"', "'"],
      ),
      isStopInside: fc.boolean(),
      slip: fc.option(fc.record({ at: fc.nat(), char: fc.constantFrom('x', 'é', '.', '"', ' ', '') }), {
        nil: undefined,
      }),
    })
    .map(({ variant, flips, space, pad, curl, stop, quotes, isStopInside, slip }) => {
      let core = Array.from(variant, (c, i) =>
        flips[i] ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c,
      ).join('');
      core = core.replace(/\s+/g, space);
      if (curl) core = core.replace(/'/g, '’').replace(/"/g, '“');
      if (slip) {
        const at = slip.at % (core.length + 1);
        core = core.slice(0, at) + slip.char + core.slice(at + (slip.char === '' ? 1 : 0));
      }
      const [open, close] = quotes;
      return pad + (isStopInside ? open + core + stop + close : open + core + close + stop) + pad;
    });

function responseCandidateArb(question: Question): fc.Arbitrary<Record<string, unknown>> {
  const ids = offeredIds(question);
  const choiceArb =
    ids.length > 0
      ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: wildIdArb })
      : wildIdArb;
  const type = fc.constant(question.type);
  switch (question.type) {
    case 'single-choice':
    case 'find-evidence':
    case 'who-says-so':
      return fc.record({ type, choice: fc.oneof(choiceArb, fc.constant(question.answer)) });
    case 'true-false':
      return fc.record({
        type,
        value: fc.oneof(
          { weight: 6, arbitrary: fc.boolean() },
          { weight: 1, arbitrary: fc.constantFrom('true', 1, 0, null) },
        ),
      });
    case 'fill-blank':
      return fc.record({
        type,
        text: fc.oneof(
          { weight: 4, arbitrary: typedVariantArb(question.answer) },
          { weight: 2, arbitrary: freeTextArb },
          { weight: 1, arbitrary: fc.string({ minLength: 195, maxLength: 210 }) },
        ),
      });
    case 'multiple-select': {
      const key = question.answer;
      return fc.record({
        type,
        choices: fc.oneof(
          fc.constant([...key]),
          permutationOf([...key, key[0]!]),
          fc.shuffledSubarray(ids),
          fc.array(choiceArb, { maxLength: 13 }),
        ),
      });
    }
    case 'matching': {
      const lefts = question.options.left.map((o) => o.id);
      const rights = question.options.right.map((o) => o.id);
      const key = question.answer;
      const perLeft = fc
        .tuple(
          ...lefts.map((left) => fc.oneof(fc.constant(key[left]), fc.constantFrom(...rights), fc.constant(undefined))),
        )
        .map((chosen) =>
          Object.fromEntries(lefts.flatMap((left, i) => (chosen[i] === undefined ? [] : [[left, chosen[i]]]))),
        );
      const extra = fc.dictionary(wildIdArb, wildIdArb, { maxKeys: 8 });
      return fc.record({
        type,
        pairs: fc.oneof(
          fc.constant({ ...key }),
          perLeft,
          fc.tuple(fc.oneof(fc.constant({ ...key }), perLeft), extra).map(([a, b]) => ({ ...b, ...a })),
          fc.dictionary(choiceArb, choiceArb, { maxKeys: 14 }),
        ),
      });
    }
    case 'ordering': {
      const key = question.answer;
      return fc.record({
        type,
        order: fc.oneof(
          fc.constant([...key]),
          permutationOf(key),
          fc.array(choiceArb, { maxLength: 13 }),
          fc.constant([...key, key[0]!]),
        ),
      });
    }
  }
}

const questionAndCandidateArb = (type: QuestionType) =>
  questionArb(type).chain((question) => responseCandidateArb(question).map((candidate) => ({ question, candidate })));

// ---------------------------------------------------------------------------------------------

describe('grading under generated questions and responses', () => {
  it('the generators make questions the content schema and the content check accept, whose key scores 1', () => {
    fc.assert(
      fc.property(anyQuestionArb, (question) => {
        expect(answerKeyProblems(question, SENTENCES)).toEqual([]);
        for (const response of keyResponses(question)) {
          expect(ResponseSchema.safeParse(response).success).toBe(true);
          expect(gradeResponse(question, response)).toEqual({ score: 1, isCorrect: true });
        }
      }),
      params,
    );
  });

  it.each(TYPES)(
    '%s: never throws on a schema-valid response, stays in [0, 1], and agrees with the README model',
    (type) => {
      const seen = { rejected: 0, correct: 0, partial: 0, incorrect: 0 };
      fc.assert(
        fc.property(questionAndCandidateArb(type), ({ question, candidate }) => {
          const parsed = ResponseSchema.safeParse(candidate);
          if (!parsed.success) {
            seen.rejected += 1;
            expect(parsed.error.issues.length).toBeGreaterThan(0);
            return;
          }
          const grade = gradeResponse(question, parsed.data);
          expectSoundGrade(grade);
          expect(grade).toEqual(referenceGrade(question, parsed.data));
          seen[verdictOf(grade)] += 1;
        }),
        params,
      );
      // The generators reach every outcome the type has, so agreement is not only on easy cases.
      expect(seen.correct).toBeGreaterThan(RUNS / 20);
      expect(seen.incorrect).toBeGreaterThan(RUNS / 20);
      if (type === 'multiple-select' || type === 'matching') expect(seen.partial).toBeGreaterThan(RUNS / 20);
      expect(seen.rejected).toBeGreaterThan(0);
    },
  );

  it('a schema-valid response of another type is refused with ResponseTypeMismatchError, never graded', () => {
    const otherArb = fc
      .tuple(anyQuestionArb, anyQuestionArb)
      .chain(([question, other]) => responseCandidateArb(other).map((candidate) => ({ question, candidate })));
    fc.assert(
      fc.property(otherArb, ({ question, candidate }) => {
        const parsed = ResponseSchema.safeParse(candidate);
        if (!parsed.success) return;
        if (referenceGrade(question, parsed.data) === 'type mismatch') {
          expect(() => gradeResponse(question, parsed.data)).toThrow(ResponseTypeMismatchError);
        } else {
          expectSoundGrade(gradeResponse(question, parsed.data));
        }
      }),
      params,
    );
  });

  it('ResponseSchema refuses malformed responses cleanly (never throws) and grades whatever it lets through', () => {
    const validArb = anyQuestionArb.chain((question) =>
      responseCandidateArb(question).map((candidate) => ({ question, candidate })),
    );
    // Each mutation makes the response invalid, so the schema must refuse it.
    const invalidating: fc.Arbitrary<(r: Record<string, unknown>) => Record<string, unknown>>[] = [
      fc
        .constantFrom('', 'Single-Choice', 'single_choice', 'unknown', 'constructor', '__proto__')
        .map((type) => (r) => ({ ...r, type })),
      fc.constantFrom<unknown>(undefined, null, 1, true, [], {}).map((type) => (r) => ({ ...r, type })),
      // A computed key makes an own property, as JSON.parse does, even for "__proto__".
      fc
        .constantFrom('extra', 'score', 'isCorrect', 'constructor', '__proto__')
        .map((key) => (r) => ({ ...r, [key]: 1 })),
      fc.constant((r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k === 'type'))),
      fc
        .constantFrom<unknown>(null, 42, Number.NaN, 'x'.repeat(100_000), [[]], { length: 1 })
        .map((value) => (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'type' ? v : value]))),
    ];
    const anything = fc.anything({
      maxDepth: 4,
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(anyQuestionArb, anything, (question, value) => {
        const parsed = ResponseSchema.safeParse(value);
        if (parsed.success && parsed.data.type === question.type)
          expectSoundGrade(gradeResponse(question, parsed.data));
      }),
      params,
    );
    fc.assert(
      fc.property(validArb, fc.oneof(...invalidating), ({ candidate }, mutate) => {
        const parsed = ResponseSchema.safeParse(mutate(candidate));
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues.length).toBeGreaterThan(0);
      }),
      params,
    );
  });

  it('responses at the limits: 12 choices and pairs pass, 13 are refused; ids of 120 characters and texts of 200 pass, longer are refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 200 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        (count, length, c) => {
          const id = c.repeat(length);
          const ids = Array.from({ length: count }, (_, i) => `o${i}`);
          // zod measures strings in code points, not UTF-16 units.
          const isIdOk = length >= 1 && Array.from(id).length <= 120;
          expect(ResponseSchema.safeParse({ type: 'single-choice', choice: id }).success).toBe(isIdOk);
          expect(ResponseSchema.safeParse({ type: 'multiple-select', choices: ids }).success).toBe(count <= 12);
          expect(ResponseSchema.safeParse({ type: 'ordering', order: ids }).success).toBe(count <= 12);
          expect(
            ResponseSchema.safeParse({ type: 'matching', pairs: Object.fromEntries(ids.map((i) => [i, i])) }).success,
          ).toBe(count <= 12);
          expect(ResponseSchema.safeParse({ type: 'fill-blank', text: 'a'.repeat(length) }).success).toBe(
            length <= 200,
          );
        },
      ),
      params,
    );
  });
});

describe('fill in the blank, by the README', () => {
  // Plain answers: ASCII words and apostrophes, starting and ending with a letter or digit.
  const wordArb = fc.stringMatching(/^[a-z0-9](?:[a-z0-9'-]{0,6}[a-z0-9])?$/);
  const plainArb = fc.array(wordArb, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
  const fillBlank = (answer: string[]) =>
    QuestionSchema.parse({ ...BASE, type: 'fill-blank', prompt: 'The pact is an ___.', answer }) as Question;

  it('forgives case, white space, curly vs. straight quotes, a trailing full stop and surrounding quotation marks', () => {
    const typedArb = plainArb.chain((answer) =>
      fc
        .record({
          flips: fc.array(fc.boolean(), { maxLength: 40 }),
          space: fc.constantFrom(' ', '   ', '\u00a0', '\t', '\n', '\u2009\u202f'),
          pad: fc.tuple(fc.constantFrom('', ' ', '\u00a0\t'), fc.constantFrom('', ' ', '\n')),
          curl: fc.boolean(),
          stop: fc.constantFrom('', '.'),
          quotes: fc.constantFrom<[string, string]>(['', ''], ['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’']),
          isStopInside: fc.boolean(),
        })
        .map(({ flips, space, pad, curl, stop, quotes, isStopInside }) => {
          let core = Array.from(answer, (c, i) => (flips[i] ? c.toUpperCase() : c))
            .join('')
            .replace(/ /g, space);
          if (curl) core = core.replace(/'/g, '’');
          const [open, close] = quotes;
          return {
            answer,
            typed: pad[0] + (isStopInside ? open + core + stop + close : open + core + close + stop) + pad[1],
          };
        }),
    );
    fc.assert(
      fc.property(typedArb, ({ answer, typed }) => {
        expect(gradeResponse(fillBlank([answer]), { type: 'fill-blank', text: typed })).toEqual({
          score: 1,
          isCorrect: true,
        });
      }),
      params,
    );
  });

  it('forgives nothing else: one letter added, removed or changed is wrong (no fuzzy matching)', () => {
    const slipArb = plainArb.chain((answer) =>
      fc
        .record({
          at: fc.nat({ max: answer.length - 1 }),
          kind: fc.constantFrom('add', 'remove', 'change'),
          letter: fc.constantFrom('q', 'z', '7'),
        })
        .map(({ at, kind, letter }) => {
          const swap = answer[at] === letter ? 'x' : letter;
          const typed =
            kind === 'add'
              ? answer.slice(0, at) + letter + answer.slice(at)
              : answer.slice(0, at) + (kind === 'change' ? swap : '') + answer.slice(at + 1);
          return { answer, typed: typed.toUpperCase() };
        }),
    );
    fc.assert(
      fc.property(slipArb, ({ answer, typed }) => {
        expect(gradeResponse(fillBlank([answer]), { type: 'fill-blank', text: typed })).toEqual({
          score: 0,
          isCorrect: false,
        });
      }),
      params,
    );
  });
});

describe('grading questions the content check would refuse', () => {
  // Keys that are schema-valid but inconsistent (unknown ids, repeats, an empty matching key):
  // grading must still answer within [0, 1] rather than throw or divide by zero.
  const looseArb = fc.oneof(
    fc.record({ type: fc.constant('single-choice'), options: distinctIds(2, 6).map(optionsOf), answer: wildIdArb }),
    fc.record({
      type: fc.constant('multiple-select'),
      options: distinctIds(3, 8).map(optionsOf),
      answer: fc.array(wildIdArb, { minLength: 1, maxLength: 10 }),
    }),
    fc.record({
      type: fc.constant('matching'),
      options: fc.record({ left: distinctIds(2, 6).map(optionsOf), right: distinctIds(2, 8).map(optionsOf) }),
      answer: fc.dictionary(wildIdArb, wildIdArb, { maxKeys: 8 }),
    }),
    fc.record({
      type: fc.constant('ordering'),
      options: distinctIds(3, 7).map(optionsOf),
      answer: fc.array(wildIdArb, { minLength: 3, maxLength: 9 }),
    }),
  );

  it('never throws and stays in [0, 1]', () => {
    const arb = looseArb
      .map((fields) => QuestionSchema.safeParse({ ...BASE, ...fields }))
      .filter((parsed) => parsed.success)
      .map((parsed) => parsed.data!)
      .chain((question) => responseCandidateArb(question).map((candidate) => ({ question, candidate })));
    fc.assert(
      fc.property(arb, ({ question, candidate }) => {
        const parsed = ResponseSchema.safeParse(candidate);
        if (parsed.success) expectSoundGrade(gradeResponse(question, parsed.data));
      }),
      params,
    );
  });
});
