// How well a learner knows each learning objective, from the answers whose feedback they have seen.
// Pure: the rule below is the whole of it, and the dashboard shows MASTERY_RULE word for word.
// Answers given right after seeing the correct answer prove little, so they count for a third, and
// "Mastered" asks for right answers from memory on two occasions (tries.ts tells which is which).

import { AFTER_KEY_HOURS, type Try } from './tries';

export type MasteryLevel = 'not-started' | 'attempted' | 'familiar' | 'proficient' | 'mastered';

/** The levels from lowest to highest, with the word the dashboard shows. */
export const MASTERY_LEVELS: readonly { level: MasteryLevel; label: string }[] = [
  { level: 'not-started', label: 'Not started' },
  { level: 'attempted', label: 'Attempted' },
  { level: 'familiar', label: 'Familiar' },
  { level: 'proficient', label: 'Proficient' },
  { level: 'mastered', label: 'Mastered' },
];

/** Right answers from memory this far apart are on different occasions. */
export const OCCASION_HOURS = AFTER_KEY_HOURS;
const OCCASION_MS = OCCASION_HOURS * 3_600_000;

export const MASTERY_RULE: readonly string[] = [
  'Answers count once you have seen their result: practice and review answers when you check them, quiz and test answers once you submit. Answers in a quiz or test you have not submitted do not count.',
  `A first try is an answer given before you were shown that question’s correct answer, or ${AFTER_KEY_HOURS} hours or more after you last were. An answer given sooner after seeing it (trying again in practice, a retake of the ones you missed or a review of your mistakes straight after the results) is a try after seeing the answer.`,
  'Each question scores by your latest first try. A try after seeing the answer given later counts for a third: (2 × first try + that try) ÷ 3, so a question missed and then put right straight after seeing the answer scores 33%.',
  'An objective’s score is the average of its questions’ scores (each from 0 to 1, so a partly right answer counts in part), rounded down to a whole percent.',
  `Right first tries ${OCCASION_HOURS} hours or more apart are on different occasions: a quiz one day and a review the next, say.`,
  'Not started: none of the objective’s questions answered yet.',
  'Attempted: a score below 50%.',
  'Familiar: 50% or more.',
  'Proficient: 80% or more, with at least half of the objective’s questions answered.',
  'Mastered: 90% or more, with every one of the objective’s questions answered, and right first tries on at least two occasions.',
];

export type ObjectiveQuestions = { objectiveId: string; questionIds: readonly string[] };

export type ObjectiveMastery = {
  objectiveId: string;
  /** Distinct questions of the objective with a visible answer. */
  answered: number;
  /** Questions the objective has. */
  total: number;
  /** Mean of the question scores, 0..1; null before any answer. */
  share: number | null;
  /** The share as a whole percent, rounded down so it never shows a threshold not reached. */
  percent: number | null;
  /** Occasions with a right first try at one of the objective's questions. */
  occasions: number;
  /** With one occasion: the earliest moment a right first try would make a second. */
  nextOccasionAt: string | null;
  level: MasteryLevel;
};

/** 0.8 → 80, 0.895 → 89; the tiny allowance absorbs float error such as 0.29 * 100 = 28.999…. */
export function sharePercent(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}

export function masteryLevel(answered: number, total: number, percent: number | null, occasions: number): MasteryLevel {
  if (answered === 0 || percent === null) return 'not-started';
  if (percent >= 90 && answered >= total && occasions >= 2) return 'mastered';
  if (percent >= 80 && answered * 2 >= total) return 'proficient';
  if (percent >= 50) return 'familiar';
  return 'attempted';
}

/** A question's score from its tries (oldest first): the latest first try, and a later try after seeing the answer at a third. */
export function questionScore(tries: readonly Try[]): number {
  const firstIndex = tries.findLastIndex((t) => t.isFromMemory);
  const first = firstIndex === -1 ? 0 : tries[firstIndex]!.score;
  const after = tries.slice(firstIndex + 1).findLast((t) => !t.isFromMemory);
  return after === undefined ? first : (2 * first + after.score) / 3;
}

/** The starts of the occasions among these moments (oldest first): each at least OCCASION_HOURS after the last start. */
function occasionStarts(moments: readonly number[]): number[] {
  const starts: number[] = [];
  for (const at of moments) if (starts.length === 0 || at - starts.at(-1)! >= OCCASION_MS) starts.push(at);
  return starts;
}

/** Each objective's level, given every visible try (listTries), oldest first. */
export function computeMastery(objectives: readonly ObjectiveQuestions[], tries: readonly Try[]): ObjectiveMastery[] {
  const byQuestion = new Map<string, Try[]>();
  for (const t of tries) byQuestion.set(t.questionId, [...(byQuestion.get(t.questionId) ?? []), t]);
  return objectives.map(({ objectiveId, questionIds }) => {
    const ids = [...new Set(questionIds)];
    const answeredIds = ids.filter((id) => byQuestion.has(id));
    const scores = answeredIds.map((id) => questionScore(byQuestion.get(id)!));
    const share = scores.length === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / scores.length;
    const percent = share === null ? null : sharePercent(share);
    const rightFromMemory = answeredIds
      .flatMap((id) => byQuestion.get(id)!.filter((t) => t.isFromMemory && t.score >= 1))
      .map((t) => Date.parse(t.at))
      .sort((a, b) => a - b);
    const starts = occasionStarts(rightFromMemory);
    return {
      objectiveId,
      answered: scores.length,
      total: ids.length,
      share,
      percent,
      occasions: starts.length,
      nextOccasionAt: starts.length === 1 ? new Date(starts[0]! + OCCASION_MS).toISOString() : null,
      level: masteryLevel(scores.length, ids.length, percent, starts.length),
    };
  });
}
