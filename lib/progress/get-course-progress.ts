import 'server-only';
import type { Kysely } from 'kysely';
import { loadDisclosures } from '@/lib/assignments/load-disclosure';
import type { Database } from '@/lib/db/schema';
import { requireCourseContent } from './course-content';
import { toPercent } from './percent';

// Lessons read and scored attempts, per module and for the final test. Only submitted attempts
// count: a quiz in progress has no score yet. A module's best and last are its quizzes' (kind
// 'quiz'); retakes hold only the questions missed, so their scores are not comparable and are
// left to the score history. A score the disclosure rule does not show yet (assigned work whose
// review policy holds it back) is counted as taken but summed into nothing: the best is the best
// shown, and a last attempt whose score is held back is "not released", never an older score.

export type ScoreSummary = {
  attemptId: string;
  score: number;
  max: number;
  fraction: number;
  percent: number;
  submittedAt: string;
};

export type TestProgress = {
  taken: number;
  best: ScoreSummary | null;
  last: ScoreSummary | null;
  /** The last attempt's score is held back by its review policy (so `last` is null). */
  isLastWithheld: boolean;
};

export type ModuleProgress = TestProgress & { moduleId: string; number: number; title: string; isRead: boolean };

export type CourseProgress = {
  courseId: string;
  modules: ModuleProgress[];
  final: TestProgress;
  lessonsRead: number;
  lessonCount: number;
  quizzesTaken: number;
};

type ScoredRow = {
  id: string;
  score: number | null;
  max_score: number;
  submitted_at: string | null;
  updated_at: string;
  isScoreShown: boolean;
};

function summarise(rows: ScoredRow[]): TestProgress {
  const toSummary = (row: ScoredRow): ScoreSummary => {
    const score = Number(row.score ?? 0);
    const max = Number(row.max_score);
    return {
      attemptId: row.id,
      score,
      max,
      fraction: max > 0 ? score / max : 0,
      percent: toPercent(score, max),
      submittedAt: row.submitted_at ?? row.updated_at,
    };
  };
  const shown = rows.filter((row) => row.isScoreShown).map(toSummary);
  // Rows are in submission order; the first of equal bests is kept.
  const best = shown.reduce<ScoreSummary | null>(
    (top, s) => (top === null || s.fraction > top.fraction ? s : top),
    null,
  );
  const lastRow = rows.at(-1);
  return {
    taken: rows.length,
    best,
    last: lastRow?.isScoreShown ? toSummary(lastRow) : null,
    isLastWithheld: lastRow !== undefined && !lastRow.isScoreShown,
  };
}

export async function getCourseProgress(
  db: Kysely<Database>,
  ownerId: string,
  courseId: string,
  now = new Date(),
): Promise<CourseProgress> {
  const { course } = requireCourseContent(courseId);
  const [reads, rows] = await Promise.all([
    db
      .selectFrom('lesson_reads')
      .select('module_id')
      .where('owner_id', '=', ownerId)
      .where('course_id', '=', courseId)
      .execute(),
    db
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
      .where('kind', 'in', ['quiz', 'final'])
      .orderBy('submitted_at')
      .orderBy('id')
      .execute(),
  ]);
  const disclose = await loadDisclosures(db, ownerId, rows, now);
  const attempts = rows.map((row) => ({ ...row, isScoreShown: disclose(row).score }));
  const read = new Set(reads.map((r) => r.module_id));
  const modules = course.moduleList.map((module, index) => ({
    moduleId: module.id,
    number: index + 1,
    title: module.title,
    isRead: read.has(module.id),
    ...summarise(attempts.filter((a) => a.kind === 'quiz' && a.module_id === module.id)),
  }));
  return {
    courseId,
    modules,
    final: summarise(attempts.filter((a) => a.kind === 'final')),
    lessonsRead: modules.filter((m) => m.isRead).length,
    lessonCount: modules.length,
    quizzesTaken: modules.reduce((n, m) => n + m.taken, 0),
  };
}
