import type { AttemptView, ObjectiveResultView } from '@/lib/attempts/views';

export type ResultsSummary = {
  score: number;
  max: number;
  objectives: ObjectiveResultView[];
};

/**
 * The numbers the results view shows. The server's `result` is the record; when it is missing
 * (it should not be, once submitted) the per-question feedback scores stand in for it.
 */
export function summarizeResults(attempt: Pick<AttemptView, 'questions' | 'answers' | 'result'>): ResultsSummary {
  const scores = new Map(attempt.answers.map((a) => [a.questionId, a.feedback?.score ?? 0]));
  if (attempt.result) return attempt.result;
  const score = attempt.questions.reduce((sum, q) => sum + (scores.get(q.id) ?? 0), 0);
  return { score, max: attempt.questions.length, objectives: [] };
}

export function moduleHref(attempt: Pick<AttemptView, 'courseId' | 'moduleId'>): string {
  return attempt.moduleId ? `/courses/${attempt.courseId}/${attempt.moduleId}` : `/courses/${attempt.courseId}`;
}

/** The objective with the lowest share of its points, if any was not fully right. */
export function weakestObjective(objectives: ObjectiveResultView[]): ObjectiveResultView | undefined {
  const share = (o: ObjectiveResultView) => o.score / o.max;
  return objectives.filter((o) => o.max > 0 && o.score < o.max).sort((a, b) => share(a) - share(b))[0];
}
