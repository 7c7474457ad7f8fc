import 'server-only';
import type { Article, Question } from '@/lib/content/schema';
import { gradeResponse } from '@/lib/grading';
import type { Response } from '@/lib/grading/response';

// The answers demo students give, in content ids (the caller turns them into the attempt's
// tokens, as a browser would send them). Wrong answers are the plausible slips a class makes, and
// most students who slip make the same one, so the statistics have a most-chosen wrong answer.

/** The key, stated as a student would answer it. */
export function rightResponse(question: Question): Response {
  switch (question.type) {
    case 'single-choice':
    case 'find-evidence':
    case 'who-says-so':
      return { type: question.type, choice: question.answer };
    case 'multiple-select':
      return { type: question.type, choices: [...question.answer] };
    case 'true-false':
      return { type: question.type, value: question.answer };
    case 'fill-blank':
      return { type: question.type, text: question.answer[0]! };
    case 'matching':
      return { type: question.type, pairs: { ...question.answer } };
    case 'ordering':
      return { type: question.type, order: [...question.answer] };
  }
}

const swap = <T>(items: readonly T[], i: number, j: number): T[] => {
  const copy = [...items];
  [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  return copy;
};

const OTHER_VOICES = {
  pact: ['claim', 'analysis'],
  claim: ['pact', 'writer'],
  analysis: ['writer', 'claim'],
  writer: ['analysis', 'claim'],
} as const;

/** Plausible wrong answers, the most common slip first. Some earn partial credit. */
function slips(question: Question, article: Article, terms: readonly string[]): Response[] {
  switch (question.type) {
    case 'single-choice':
      return question.options
        .filter((o) => o.id !== question.answer)
        .map((o) => ({ type: question.type, choice: o.id }));
    case 'who-says-so':
      return OTHER_VOICES[question.answer].map((choice) => ({ type: question.type, choice }));
    case 'find-evidence': {
      // The sentences next to the right one are the easiest to mistake for it.
      const ids = article.paragraphs.find((p) => p.id === question.paragraph)?.sentences.map((s) => s.id) ?? [];
      const at = ids.indexOf(question.answer);
      const byDistance = ids
        .filter((id) => id !== question.answer)
        .sort((a, b) => Math.abs(ids.indexOf(a) - at) - Math.abs(ids.indexOf(b) - at));
      return byDistance.map((choice) => ({ type: question.type, choice }));
    }
    case 'true-false':
      return [{ type: question.type, value: !question.answer }];
    case 'multiple-select': {
      const distractor = question.options.find((o) => !question.answer.includes(o.id))?.id;
      const missingOne = question.answer.slice(0, -1);
      return [
        { type: question.type, choices: distractor ? [...missingOne, distractor] : missingOne },
        { type: question.type, choices: missingOne },
        { type: question.type, choices: distractor ? [...question.answer, distractor] : question.answer.slice(1) },
      ];
    }
    case 'fill-blank':
      // Another key term of the module, as a student who half-remembers the lesson might write.
      return terms.map((term) => ({ type: question.type, text: term.split('/')[0]!.trim().toLowerCase() }));
    case 'matching': {
      const lefts = Object.keys(question.answer);
      const pairsOf = (rights: string[]) => Object.fromEntries(lefts.map((left, i) => [left, rights[i]!]));
      const rights = lefts.map((left) => question.answer[left]!);
      const swaps: [number, number][] =
        lefts.length > 2
          ? [
              [0, 1],
              [1, 2],
            ]
          : [[0, 1]];
      return swaps.map(([i, j]) => ({ type: question.type, pairs: pairsOf(swap(rights, i, j)) }));
    }
    case 'ordering': {
      const last = question.answer.length - 1;
      return [
        { type: question.type, order: swap(question.answer, 0, 1) },
        { type: question.type, order: swap(question.answer, last - 1, last) },
      ];
    }
  }
}

/**
 * A wrong answer. `pick` (0..1) chooses among the slips: 60% of students make the most common one,
 * the rest spread over the others. A slip that would grade as right is never used; with no slip
 * left (a one-sentence paragraph, say) the student leaves the question unanswered: null.
 */
export function wrongResponse(
  question: Question,
  article: Article,
  terms: readonly string[],
  pick: number,
): Response | null {
  const wrong = slips(question, article, terms).filter((response) => !gradeResponse(question, response).isCorrect);
  if (wrong.length === 0) return null;
  const index =
    pick < 0.6 || wrong.length === 1
      ? 0
      : 1 + Math.min(wrong.length - 2, Math.floor(((pick - 0.6) / 0.4) * (wrong.length - 1)));
  return wrong[index]!;
}
