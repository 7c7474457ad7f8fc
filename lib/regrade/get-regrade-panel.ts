import 'server-only';
import type { Kysely } from 'kysely';
import { questionIdsOf } from '@/lib/attempts/attempt-view';
import { getCourse, getCourseArticle } from '@/lib/content/course';
import { WHO_SAYS_SO_CATEGORIES, type Article, type Question } from '@/lib/content/schema';
import type { Database } from '@/lib/db/schema';
import { loadOwnedAssignment } from '@/lib/gradebook/load-owned';
import { ResponseSchema } from '@/lib/grading/response';
import { choicesOf } from './adjustments';
import { choiceOf, isClassWide } from './grade-with-adjustments';
import { loadAdjustments } from './load-adjustments';

// What the teacher's regrade panel shows of one assignment: for each question, every answer given
// in the assignment's attempts (the answers an adjustment would regrade), the key, how the answers
// spread over the choices, a flag when the item looks wrong, and the adjustments made so far.

export type ChoiceCount = { choice: string; label: string; count: number; isKey: boolean };

export type RegradePanelQuestion = {
  questionId: string;
  number: number;
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
  return questions.map((question, index) => {
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
      number: index + 1,
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

/** The label of each choice, for questions answered by one choice. */
function labelsOf(question: Question, article: Article): Map<string, string> | undefined {
  const ids = choicesOf(question, article);
  if (!ids) return undefined;
  switch (question.type) {
    case 'single-choice':
      return new Map(question.options.map((o) => [o.id, o.text]));
    case 'who-says-so':
      return new Map(WHO_SAYS_SO_CATEGORIES.map((c) => [c.id, c.text]));
    case 'true-false':
      return new Map([
        ['true', 'True'],
        ['false', 'False'],
      ]);
    default: {
      const sentences = new Map(article.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)));
      return new Map(ids.map((id) => [id, sentences.get(id) ?? id]));
    }
  }
}

/** The choices that are right, for choice questions; [] otherwise. */
function keyOf(question: Question): string[] {
  switch (question.type) {
    case 'single-choice':
    case 'find-evidence':
      return [question.answer];
    case 'who-says-so':
      return [question.answer, ...(question.alsoAccepted ?? [])];
    case 'true-false':
      return [String(question.answer)];
    default:
      return [];
  }
}

function keyText(question: Question): string {
  switch (question.type) {
    case 'fill-blank':
      return question.answer.join(' / ');
    case 'multiple-select':
      return question.options
        .filter((o) => question.answer.includes(o.id))
        .map((o) => o.text)
        .join(', ');
    case 'ordering':
      return question.answer.map((id) => question.options.find((o) => o.id === id)?.text ?? id).join(' → ');
    case 'matching':
      return Object.entries(question.answer)
        .map(
          ([l, r]) =>
            `${question.options.left.find((o) => o.id === l)?.text ?? l} → ${question.options.right.find((o) => o.id === r)?.text ?? r}`,
        )
        .join('; ');
    default:
      return '';
  }
}
