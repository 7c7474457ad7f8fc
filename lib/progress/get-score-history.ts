import 'server-only';
import type { Kysely } from 'kysely';
import { loadDisclosures } from '@/lib/assignments/load-disclosure';
import { attemptTitle } from '@/lib/attempts/targets';
import type { AttemptKind } from '@/lib/attempts/views';
import type { Database } from '@/lib/db/schema';
import { requireCourseContent } from './course-content';
import { toPercent } from './percent';

// Scored attempts over time: quizzes, final tests and retakes, once submitted. Practice and review
// are left out: their answers can be tried until right, so their totals do not measure a first go.
// An assigned quiz or test (or a retake of one) appears once its review policy shows the score.

export const SCORED_KINDS = ['quiz', 'final', 'retake'] as const satisfies readonly AttemptKind[];

export type ScoredKind = (typeof SCORED_KINDS)[number];

export type ScorePoint = {
  attemptId: string;
  kind: ScoredKind;
  title: string;
  submittedAt: string;
  score: number;
  max: number;
  percent: number;
};

export async function getScoreHistory(
  db: Kysely<Database>,
  ownerId: string,
  courseId: string,
  now = new Date(),
): Promise<ScorePoint[]> {
  const { course } = requireCourseContent(courseId);
  const rows = await db
    .selectFrom('attempts')
    .select([
      'id',
      'kind',
      'status',
      'module_id',
      'score',
      'max_score',
      'submitted_at',
      'updated_at',
      'policy_assignment_id',
      'question_ids',
    ])
    .where('owner_id', '=', ownerId)
    .where('course_id', '=', courseId)
    .where('status', '=', 'submitted')
    .where('kind', 'in', [...SCORED_KINDS])
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  const disclose = await loadDisclosures(db, ownerId, rows, now);
  return rows
    .filter((row) => disclose(row).score)
    .map((row) => {
      const score = Number(row.score ?? 0);
      const max = Number(row.max_score);
      return {
        attemptId: row.id,
        kind: row.kind as ScoredKind,
        title: attemptTitle(course, row.kind as AttemptKind, row.module_id),
        submittedAt: row.submitted_at ?? row.updated_at,
        score,
        max,
        percent: toPercent(score, max),
      };
    });
}
