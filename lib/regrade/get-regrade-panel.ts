import 'server-only';
import type { Kysely } from 'kysely';
import { questionIdsOf } from '@/lib/attempts/attempt-view';
import { getCourse, getCourseArticle } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { getBankNumbers } from '@/lib/gradebook/bank-numbers';
import { loadOwnedAssignment } from '@/lib/gradebook/load-owned';
import { ResponseSchema } from '@/lib/grading/response';
import { choiceOf, isClassWide } from './grade-with-adjustments';
import { keyOf, keyText, labelsOf } from './question-key';
import { loadAdjustments } from './load-adjustments';

// What the teacher's regrade panel shows of one assignment: for each question, every answer given
// in the assignment's attempts (the answers an adjustment would regrade), the key, how the answers
// spread over the choices, a flag when the item looks wrong, and the adjustments made so far.

export type ChoiceCount = { choice: string; label: string; count: number; isKey: boolean };

export type RegradePanelQuestion = {
  questionId: string;
  /** Its number in the module's bank, as the statistics page names it. */
  number: number;
  /** "Q7 · the-pact". */
  bank: string;
  prompt: string;
  answered: number;
  key: string;
  /** Per choice, for questions answered by one choice; empty for the others. */
  spread: ChoiceCount[];
  /** Answers scoring full marks, part marks and none: for every type. */
  right: number;
  partial: number;
  wrong: number;
  /** Why this item may be wrong, in words; null when nothing stands out. */
  warning: string | null;
  /** Other choices that could be accepted (those someone chose); empty for other types. */
  canAccept: ChoiceCount[];
  adjustments: { kind: 'full-credit' | 'accept'; accepted: string[]; reason: string }[];
};

export async function getRegradePanel(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
): Promise<RegradePanelQuestion[] | undefined> {
  const assignment = await loadOwnedAssignment(db, teacherId, assignmentId);
  if (!assignment) return undefined;
  const course = getCourse(assignment.course_id);
  const article = getCourseArticle(assignment.course_id);
  if (!course || !article)
    throw new Error(`Assignment ${assignment.id} names course ${assignment.course_id}, which is not installed`);
  const attempts = await db
    .selectFrom('attempts')
    .select(['id', 'question_ids'])
    .where('assignment_id', '=', assignment.id)
    .execute();
  const answers =
    attempts.length === 0
      ? []
      : await db
          .selectFrom('answers')
          .select(['question_id', 'response', 'score'])
          .where(
            'attempt_id',
            'in',
            attempts.map((a) => a.id),
          )
          .execute();
  const asked = new Set(attempts.flatMap((a) => questionIdsOf(a)));
  // The class-wide ones: a teacher's credit on one attempt is on that attempt's page.
  const adjustments = ((await loadAdjustments(db, [assignment.id])).get(assignment.id) ?? []).filter(isClassWide);
  const questions = course.moduleList.flatMap((m) => m.questions).filter((q) => asked.has(q.id));
  const bank = getBankNumbers(assignment.course_id);
  return questions.map((question) => {
    const own = answers.filter((a) => a.question_id === question.id);
    const labels = labelsOf(question, article);
    const key = keyOf(question);
    const counts = new Map<string, number>();
    for (const answer of own) {
      const choice = choiceOf(ResponseSchema.parse(JSON.parse(answer.response)));
      if (choice !== undefined) counts.set(choice, (counts.get(choice) ?? 0) + 1);
    }
    const spread = labels
      ? [...labels].map(([choice, label]) => ({
          choice,
          label,
          count: counts.get(choice) ?? 0,
          isKey: key.includes(choice),
        }))
      : [];
    const keyCount = spread.filter((c) => c.isKey).reduce((n, c) => n + c.count, 0);
    const topWrong = spread.filter((c) => !c.isKey).sort((a, b) => b.count - a.count)[0];
    const right = own.filter((a) => a.score >= 1).length;
    const warning =
      topWrong && topWrong.count > keyCount && topWrong.count >= 2
        ? `More students chose “${topWrong.label}” (${topWrong.count}) than the key (${keyCount}). Check the key, or accept it.`
        : own.length >= 4 && right / own.length < 0.25
          ? `Only ${right} of ${own.length} answers are right. Check the question is fair.`
          : null;
    return {
      questionId: question.id,
      number: bank.get(question.id)?.number ?? 0,
      bank: bank.get(question.id)?.label ?? question.id,
      prompt: question.prompt,
      answered: own.length,
      key: key.map((k) => labels?.get(k) ?? k).join(', ') || keyText(question),
      spread,
      right,
      partial: own.filter((a) => a.score > 0 && a.score < 1).length,
      wrong: own.filter((a) => a.score <= 0).length,
      warning,
      canAccept: spread.filter((c) => !c.isKey && c.count > 0),
      adjustments: adjustments
        .filter((a) => a.questionId === question.id)
        .map((a) => ({ kind: a.kind, accepted: a.accepted.map((c) => labels?.get(c) ?? c), reason: a.reason })),
    };
  });
}
