// Which of a learner's answers were given from memory. Pure: visible-answers.ts gathers the
// records, mastery.ts scores the tries, and MASTERY_RULE says the same in words.

/** Within this long after being shown a question's correct answer, a try at it is not from memory. */
export const AFTER_KEY_HOURS = 12;
const AFTER_KEY_MS = AFTER_KEY_HOURS * 3_600_000;

/** One visible answer (one row of one attempt), as mastery reads it. */
export type AnswerRecord = {
  questionId: string;
  /** The latest try's score. */
  score: number;
  /** Practice and reviews check each try, so each try after the first came after its feedback. */
  isCheckedAsYouGo: boolean;
  firstScore: number;
  tries: number;
  firstAnsweredAt: string;
  answeredAt: string;
  /** When this answer showed the question's correct answer to the learner; null while it does not. */
  keyShownAt: string | null;
  /** A retake or review is started from results that showed its questions' keys: its start. */
  startedAfterKeyAt: string | null;
};

export type Try = { questionId: string; score: number; at: string; isFromMemory: boolean };

/** The tries an answer stands for: a quiz's answer is one, however often it was changed before submitting. */
function triesOf(record: AnswerRecord): { score: number; at: string }[] {
  const last = { score: record.score, at: record.answeredAt };
  if (!record.isCheckedAsYouGo || record.tries <= 1) return [last];
  return [{ score: record.firstScore, at: record.firstAnsweredAt }, last];
}

/**
 * Every try, oldest first, each marked from memory unless the learner had been shown that
 * question's correct answer less than AFTER_KEY_HOURS before it.
 */
export function listTries(records: readonly AnswerRecord[]): Try[] {
  const keysShown = new Map<string, number[]>();
  for (const r of records) {
    const moments = [r.keyShownAt, r.startedAfterKeyAt].flatMap((at) => (at === null ? [] : [Date.parse(at)]));
    keysShown.set(r.questionId, [...(keysShown.get(r.questionId) ?? []), ...moments]);
  }
  const isRightAfterKey = (questionId: string, at: number) =>
    (keysShown.get(questionId) ?? []).some((shown) => shown < at && at - shown < AFTER_KEY_MS);
  return records
    .flatMap((r) =>
      triesOf(r).map((t) => ({
        questionId: r.questionId,
        score: Math.min(1, Math.max(0, t.score)),
        at: t.at,
        isFromMemory: !isRightAfterKey(r.questionId, Date.parse(t.at)),
      })),
    )
    .sort((a, b) => a.at.localeCompare(b.at));
}
