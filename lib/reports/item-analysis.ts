import type { Question, QuestionType } from '../content/schema';
import type { Response } from '../grading/response';
import { mean, pearson } from './statistics';
import { tallyWrongResponses, type LabelSources, type WrongResponse } from './wrong-responses';

// Quiz statistics for one assignment, after Moodle's quiz statistics report. Input: one counted
// attempt per student; each question scores 0..1 and the attempt's `total` is the sum of its
// question scores (every question worth 1), so the rest-of-test score is `total − score`.
// For a question i over the n students with an attempt (a question a student did not answer
// scores 0 for them, as in Moodle):
//
//   facility        F_i = (1/n) Σ_s x_si                      mean score, 0..1 (Moodle's facility
//                                                             index, as a fraction not a percent)
//   rest score      R_si = total_s − x_si                     the test without this question
//   discrimination  D_i = Σ(x_si − x̄_i)(R_si − R̄_i) / √(Σ(x_si − x̄_i)² · Σ(R_si − R̄_i)²)
//                   Pearson's r of item score and rest score (Moodle's discrimination index,
//                   as a fraction of 1, not a percent); null when n < 2 or either side does not vary.
//   responses       students whose answer has a response (a skipped question is not a response)
//
// Flags, each with a sentence a teacher can act on (comparisons allow 1e-9 for float rounding):
//   very-low-facility        F < 0.2 and responses ≥ 5
//   negative-discrimination  D < 0
//   low-discrimination       0 ≤ D < 0.2 and responses ≥ 5

export type ScoredAnswer = { questionId: string; score: number; response: Response | null };
export type ScoredAttempt = { studentId: string; total: number; answers: readonly ScoredAnswer[] };

export type ItemFlagKind = 'very-low-facility' | 'negative-discrimination' | 'low-discrimination';
export type ItemFlag = { flag: ItemFlagKind; flagReason: string };

export type ItemStatistics = {
  questionId: string;
  questionType: QuestionType;
  /** Students with a counted attempt: the n of the formulas. */
  attempts: number;
  /** Students who gave a response to this question. */
  responses: number;
  /** Mean score, 0..1; null without attempts. */
  facility: number | null;
  /** Correlation of this question's score with the rest of the quiz, −1..1; null when undefined. */
  discrimination: number | null;
  /** The three wrong answers given most, most frequent first. */
  mostChosenWrong: WrongResponse[];
  flags: ItemFlag[];
};

export const VERY_LOW_FACILITY = 0.2;
export const LOW_DISCRIMINATION = 0.2;
/** Below this many responses a low facility or discrimination may be chance, so it is not flagged. */
export const MIN_RESPONSES_TO_FLAG = 5;
const EPSILON = 1e-9;

export const FLAG_REASONS: Readonly<Record<ItemFlagKind, string>> = {
  'very-low-facility': 'Fewer than 1 in 5 students got this right: check the key and the wording.',
  'negative-discrimination':
    'Students who did well on the rest of the quiz did worse on this question: check the key and look for a misleading option.',
  'low-discrimination':
    'Scores on this question hardly follow scores on the rest of the quiz: it may be ambiguous, guessable or too easy to tell students apart.',
};

/** Statistics for each question, in the questions' order. Answers to other questions are ignored. */
export function analyzeItems(
  attempts: readonly ScoredAttempt[],
  questions: readonly Question[],
  sources: LabelSources = {},
): ItemStatistics[] {
  // The first answer to a question counts, should an attempt list one twice.
  const answerMaps = attempts.map((attempt) => {
    const byQuestion = new Map<string, ScoredAnswer>();
    for (const answer of attempt.answers)
      if (!byQuestion.has(answer.questionId)) byQuestion.set(answer.questionId, answer);
    return byQuestion;
  });

  return questions.map((question) => {
    const scores = answerMaps.map((answers) => answers.get(question.id)?.score ?? 0);
    const rest = attempts.map((attempt, index) => attempt.total - scores[index]!);
    const responses = answerMaps.flatMap((answers) => answers.get(question.id)?.response ?? []);
    const facility = mean(scores);
    const discrimination = pearson(scores, rest);
    return {
      questionId: question.id,
      questionType: question.type,
      attempts: attempts.length,
      responses: responses.length,
      facility,
      discrimination,
      mostChosenWrong: tallyWrongResponses(question, responses, sources),
      flags: flagsFor(facility, discrimination, responses.length),
    };
  });
}

/** The flags a question earns, in a fixed order: facility first, then discrimination. */
export function flagsFor(facility: number | null, discrimination: number | null, responses: number): ItemFlag[] {
  const kinds: ItemFlagKind[] = [];
  const isEnough = responses >= MIN_RESPONSES_TO_FLAG;
  if (facility !== null && isEnough && facility < VERY_LOW_FACILITY - EPSILON) kinds.push('very-low-facility');
  if (discrimination !== null && discrimination < 0) kinds.push('negative-discrimination');
  else if (discrimination !== null && isEnough && discrimination < LOW_DISCRIMINATION - EPSILON) {
    kinds.push('low-discrimination');
  }
  return kinds.map((flag) => ({ flag, flagReason: FLAG_REASONS[flag] }));
}
