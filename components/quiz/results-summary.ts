import type { AttemptKind, AttemptView, ObjectiveResultView } from '@/lib/attempts/views';

export type ResultsSummary = {
  score: number;
  max: number;
  objectives: ObjectiveResultView[];
  /** Practice: the questions never checked, which its score leaves out (a quiz counts them as 0). */
  unchecked?: number;
};

/**
 * The numbers the results view shows. The server's `result` is the record; when it is missing
 * (it should not be, once submitted) the per-question feedback scores stand in for it.
 */
export function summarizeResults(
  attempt: Pick<AttemptView, 'questions' | 'answers' | 'result'> & { kind?: AttemptKind },
): ResultsSummary {
  const scores = new Map(attempt.answers.map((a) => [a.questionId, a.feedback?.score ?? 0]));
  if (attempt.kind === 'practice' || attempt.kind === 'review') {
    // Checked as you go: a question left unchecked was skipped, not missed, so it is not counted.
    const checked = attempt.questions.filter((q) => scores.has(q.id));
    const score = attempt.result?.score ?? checked.reduce((sum, q) => sum + scores.get(q.id)!, 0);
    const objectives = attempt.result?.objectives ?? [];
    return { score, max: checked.length, objectives, unchecked: attempt.questions.length - checked.length };
  }
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
