import { describe, expect, it } from 'vitest';
import { listCourseIds, readCourse } from '../content/read';
import { WHO_SAYS_SO_CATEGORIES, type Article, type Question } from '../content/schema';
import { gradeResponse } from './index';
import { normalizeFreeText } from './normalize';
import type { Response } from './response';
import { keyResponses } from '@/scripts/testing/grading/key-response';

// Grades the shipped course against its own keys: the key of every question must score 1, and a
// response built from a wrong alternative must not be correct. This proves that the keys and the
// graders agree on what the key of each type means.

type Case = { name: string; question: Question; article: Article };

const courseIds = listCourseIds();
const cases: Case[] = courseIds.flatMap((courseId) => {
  const result = readCourse(courseId);
  if (!result.ok) return [];
  return result.course.moduleList.flatMap((mod) =>
    mod.questions.map((question) => ({
      name: `${courseId} ${question.id} (${question.type})`,
      question,
      article: result.article,
    })),
  );
});

/** Responses built from a wrong alternative; none for a type with nothing to choose wrongly. */
function wrongResponses(question: Question, article: Article): Response[] {
  switch (question.type) {
    case 'single-choice':
      return question.options
        .filter((o) => o.id !== question.answer)
        .map((o) => ({ type: question.type, choice: o.id }));
    case 'multiple-select': {
      const distractors = question.options.filter((o) => !question.answer.includes(o.id)).map((o) => o.id);
      return distractors.flatMap((d) => [
        { type: question.type, choices: [...question.answer, d] },
        { type: question.type, choices: [d] },
      ]);
    }
    case 'true-false':
      return [{ type: question.type, value: !question.answer }];
    case 'fill-blank': {
      // Near misses: each variant less its first or its last letter, unless the author accepted
      // that too (with "materials" and "material" both accepted, "material" is no near miss).
      const accepted = question.answer.map(normalizeFreeText);
      const nearMisses = question.answer.flatMap((variant) => [variant.slice(1), variant.slice(0, -1)]);
      return nearMisses
        .filter((text) => !accepted.includes(normalizeFreeText(text)))
        .map((text) => ({ type: question.type, text }));
    }
    case 'matching': {
      // Swap the right items of the first two left items.
      const [first, second] = Object.keys(question.answer);
      const pairs = { ...question.answer };
      pairs[first!] = question.answer[second!]!;
      pairs[second!] = question.answer[first!]!;
      const unused = question.options.right.find((r) => !Object.values(question.answer).includes(r.id));
      const withDistractor = unused
        ? [{ type: question.type, pairs: { ...question.answer, [first!]: unused.id } }]
        : [];
      return [{ type: question.type, pairs }, ...withDistractor];
    }
    case 'ordering':
      return [
        { type: question.type, order: [...question.answer].reverse() },
        { type: question.type, order: [...question.answer.slice(1), question.answer[0]!] },
      ];
    case 'find-evidence': {
      const paragraph = article.paragraphs.find((p) => p.id === question.paragraph);
      return (paragraph?.sentences ?? [])
        .filter((s) => s.id !== question.answer)
        .map((s) => ({ type: question.type, choice: s.id }));
    }
    case 'who-says-so':
      return WHO_SAYS_SO_CATEGORIES.filter(
        (c) => c.id !== question.answer && !(question.alsoAccepted ?? []).some((a) => a === c.id),
      ).map((c) => ({
        type: question.type,
        choice: c.id,
      }));
  }
}

describe('the shipped courses', () => {
  it('exist, are valid and have questions', () => {
    expect(courseIds.length).toBeGreaterThan(0);
    for (const id of courseIds) expect(readCourse(id).ok, `course ${id}`).toBe(true);
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('$name: the key scores 1 and is correct', ({ question }) => {
    for (const response of keyResponses(question)) {
      expect(gradeResponse(question, response), JSON.stringify(response)).toEqual({ score: 1, isCorrect: true });
    }
  });

  it.each(cases.filter((c) => c.question.type !== 'fill-blank'))(
    '$name: a wrong alternative is not correct',
    ({ question, article }) => {
      const wrong = wrongResponses(question, article);
      expect(wrong.length).toBeGreaterThan(0);
      for (const response of wrong) {
        const grade = gradeResponse(question, response);
        expect(grade.isCorrect, JSON.stringify(response)).toBe(false);
        expect(grade.score).toBeLessThan(1);
      }
    },
  );

  it.each(cases.filter((c) => c.question.type === 'fill-blank'))(
    '$name: a near miss of the answer is wrong',
    ({ question, article }) => {
      const nearMisses = wrongResponses(question, article);
      expect(nearMisses.length).toBeGreaterThan(0);
      for (const response of nearMisses) {
        expect(gradeResponse(question, response), JSON.stringify(response)).toEqual({ score: 0, isCorrect: false });
      }
      expect(gradeResponse(question, { type: 'fill-blank', text: '' })).toEqual({ score: 0, isCorrect: false });
    },
  );
});
