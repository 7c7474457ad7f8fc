// How well a learner knows each learning objective, from the answers whose feedback they have seen.
// Pure: the rule below is the whole of it, and the dashboard shows MASTERY_RULE word for word.

export type MasteryLevel = 'not-started' | 'attempted' | 'familiar' | 'proficient' | 'mastered';

/** The levels from lowest to highest, with the word the dashboard shows. */
export const MASTERY_LEVELS: readonly { level: MasteryLevel; label: string }[] = [
  { level: 'not-started', label: 'Not started' },
  { level: 'attempted', label: 'Attempted' },
  { level: 'familiar', label: 'Familiar' },
  { level: 'proficient', label: 'Proficient' },
  { level: 'mastered', label: 'Mastered' },
];

export const MASTERY_RULE: readonly string[] = [
  'Each question counts once, by your most recent answer whose result you have seen: practice and review answers when you check them, quiz and test answers once you submit. Answers in a quiz or test you have not submitted do not count.',
  'An objective’s score is the average of those answers to its questions (each answer scores from 0 to 1, so a partly right answer counts in part), rounded down to a whole percent.',
  'Not started: none of the objective’s questions answered yet.',
  'Attempted: a score below 50%.',
  'Familiar: 50% or more.',
  'Proficient: 80% or more, with at least half of the objective’s questions answered.',
  'Mastered: 90% or more, with every one of the objective’s questions answered.',
];

export type ObjectiveQuestions = { objectiveId: string; questionIds: readonly string[] };

export type ObjectiveMastery = {
  objectiveId: string;
  /** Distinct questions of the objective with a visible answer. */
  answered: number;
  /** Questions the objective has. */
  total: number;
  /** Mean score of the latest answers, 0..1; null before any answer. */
  share: number | null;
  /** The share as a whole percent, rounded down so it never shows a threshold not reached. */
  percent: number | null;
  level: MasteryLevel;
};

/** 0.8 → 80, 0.895 → 89; the tiny allowance absorbs float error such as 0.29 * 100 = 28.999…. */
export function sharePercent(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}

export function masteryLevel(answered: number, total: number, percent: number | null): MasteryLevel {
  if (answered === 0 || percent === null) return 'not-started';
  if (percent >= 90 && answered >= total) return 'mastered';
  if (percent >= 80 && answered * 2 >= total) return 'proficient';
  if (percent >= 50) return 'familiar';
  return 'attempted';
}

/** Each objective's level, given every question's latest visible score (absent = not answered). */
export function computeMastery(
  objectives: readonly ObjectiveQuestions[],
  latestScores: ReadonlyMap<string, number>,
): ObjectiveMastery[] {
  return objectives.map(({ objectiveId, questionIds }) => {
    const scores = [...new Set(questionIds)].flatMap((id) => {
      const score = latestScores.get(id);
      return score === undefined ? [] : [Math.min(1, Math.max(0, score))];
    });
    const total = new Set(questionIds).size;
    const share = scores.length === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / scores.length;
    const percent = share === null ? null : sharePercent(share);
    return {
      objectiveId,
      answered: scores.length,
      total,
      share,
      percent,
      level: masteryLevel(scores.length, total, percent),
    };
  });
}
