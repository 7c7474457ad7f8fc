import 'server-only';
import type { Kysely } from 'kysely';
import { CHECKED_AS_YOU_GO_KINDS } from '@/lib/assignments/disclosure';
import { loadDisclosures } from '@/lib/assignments/load-disclosure';
import type { Database } from '@/lib/db/schema';
import type { AnswerRecord } from './tries';

// The one place that decides which answers progress may use (mastery, mistakes, reviews), by the
// disclosure rule (lib/assignments/disclosure.ts): an answer counts once its verdict is shown to
// the learner, and carries whether its correct answer is shown too. A quiz, final test or retake
// still in progress (or abandoned, or superseded) shows no verdicts, so its answers never count; a
// submitted assigned one counts once its review policy shows which answers were right.

export type VisibleAnswer = {
  questionId: string;
  score: number;
  answeredAt: string;
  /** The correct answer, explanation and evidence of this answer are shown to the learner now. */
  isKeyShown: boolean;
  /** While the key is held back: when the review policy shows more (the due date), or null for never. */
  moreAt: string | null;
};

/** A visible answer with what mastery needs to tell a first try from a try after seeing the answer. */
export type VisibleAnswerRecord = VisibleAnswer & AnswerRecord;

const CHECKED_AS_YOU_GO: ReadonlySet<string> = new Set(CHECKED_AS_YOU_GO_KINDS);

const latest = (a: string | null, b: string | undefined): string | null =>
  b === undefined || (a !== null && Date.parse(a) >= Date.parse(b)) ? a : b;

/** Every visible answer by this owner in this course, oldest first (by when it was last given). */
export async function listVisibleAnswers(
  db: Kysely<Database>,
  ownerId: string,
  courseId: string,
  now = new Date(),
): Promise<VisibleAnswerRecord[]> {
  const rows = await db
    .selectFrom('answers')
    .innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
    .select([
      'answers.question_id',
      'answers.score',
      'answers.first_score',
      'answers.tries',
      'answers.created_at',
      'answers.updated_at',
      'attempts.kind',
      'attempts.status',
      'attempts.policy_assignment_id',
      'attempts.question_ids',
      'attempts.created_at as started_at',
      'attempts.submitted_at',
    ])
    .where('attempts.owner_id', '=', ownerId)
    .where('attempts.course_id', '=', courseId)
    // Only what could be shown at all: the disclosure rule then decides row by row.
    .where((eb) =>
      eb.or([eb('attempts.kind', 'in', [...CHECKED_AS_YOU_GO_KINDS]), eb('attempts.status', '=', 'submitted')]),
    )
    .orderBy('answers.updated_at')
    .orderBy('attempts.created_at')
    .orderBy('attempts.id')
    .execute();
  const disclose = await loadDisclosures(db, ownerId, rows, now);
  return rows.flatMap((row) => {
    const disclosure = disclose(row);
    if (!disclosure.whichRight) return [];
    const isCheckedAsYouGo = CHECKED_AS_YOU_GO.has(row.kind);
    return [
      {
        questionId: row.question_id,
        score: Number(row.score),
        answeredAt: row.updated_at,
        isKeyShown: disclosure.correctAnswers,
        moreAt: disclosure.moreAt,
        isCheckedAsYouGo,
        firstScore: Number(row.first_score),
        tries: Number(row.tries),
        firstAnsweredAt: row.created_at,
        // Checked as you go: the first check showed the key (or pointed to where it is). Otherwise
        // the results did, from the submission, or for assigned work from the moment its review
        // policy released the keys (the due date), whichever is later.
        keyShownAt: !disclosure.correctAnswers
          ? null
          : isCheckedAsYouGo
            ? row.created_at
            : latest(row.submitted_at, disclosure.correctAnswersSince),
        // A retake holds questions missed in results that showed their keys, and a review
        // mistakes whose keys were shown: either is started from those keys.
        startedAfterKeyAt: row.kind === 'retake' || row.kind === 'review' ? row.started_at : null,
      },
    ];
  });
}

/** Each question's most recent visible answer by this owner in this course (by when it was given). */
export async function listLatestVisibleAnswers(
  db: Kysely<Database>,
  ownerId: string,
  courseId: string,
  now = new Date(),
): Promise<Map<string, VisibleAnswer>> {
  const latest = new Map<string, VisibleAnswer>();
  // Oldest first, so the last one seen for a question is its latest.
  for (const { questionId, score, answeredAt, isKeyShown, moreAt } of await listVisibleAnswers(
    db,
    ownerId,
    courseId,
    now,
  ))
    latest.set(questionId, { questionId, score, answeredAt, isKeyShown, moreAt });
  return latest;
}
