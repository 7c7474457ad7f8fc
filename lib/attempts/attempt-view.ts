import 'server-only';
import type { Selectable } from 'kysely';
import { getCourse, getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import type { AnswersTable, AttemptsTable } from '@/lib/db/schema';
import { ResponseSchema } from '@/lib/grading/response';
import { verdictOf } from '@/lib/grading';
import { buildFeedback } from './feedback';
import { responseToTokens, toQuestionView } from './student-view';
import { attemptTitle } from './targets';
import { disclosureOfQuestion, isKeyWaiting, type Disclosure } from '@/lib/assignments/disclosure';
import { lookAt } from './look-at';
import { markParts } from './mark-parts';
import type { AnswerView, AttemptKind, AttemptStatus, AttemptView, FeedbackView, ObjectiveResultView } from './views';

export type AttemptRow = Selectable<AttemptsTable>;
export type AnswerRow = Selectable<AnswersTable>;

export function questionIdsOf(attempt: Pick<AttemptRow, 'question_ids'>): string[] {
  return JSON.parse(attempt.question_ids) as string[];
}

function content(attempt: AttemptRow) {
  const course = getCourse(attempt.course_id);
  const article = getCourseArticle(attempt.course_id);
  const questions = getQuestionIndex(attempt.course_id);
  if (!course || !article || !questions)
    throw new Error(`Attempt ${attempt.id} names course ${attempt.course_id}, which is not installed`);
  return { course, article, questions };
}

/** Feedback as far as the disclosure allows: none before "which answers were right", the verdict alone before the correct answers. */
function disclosedFeedback(feedback: FeedbackView, disclosure: Disclosure): FeedbackView | undefined {
  if (!disclosure.whichRight) return undefined;
  return disclosure.correctAnswers
    ? feedback
    : { verdict: feedback.verdict, score: feedback.score, correctAnswer: [], explanation: '', evidence: [] };
}

/** One answer as its viewer may see it: the response always, feedback as far as `disclosure` allows for its question. */
export function buildAnswerView(attempt: AttemptRow, answer: AnswerRow, attemptDisclosure: Disclosure): AnswerView {
  const disclosure = disclosureOfQuestion(attemptDisclosure, answer.question_id);
  const { article, questions } = content(attempt);
  const entry = questions.get(answer.question_id);
  if (!entry) throw new Error(`Attempt ${attempt.id} has an answer to unknown question ${answer.question_id}`);
  const response = ResponseSchema.parse(JSON.parse(answer.response));
  const view: AnswerView = {
    questionId: answer.question_id,
    response: responseToTokens(entry.question, attempt.seed, article, response),
    revision: answer.revision,
    tries: answer.tries,
  };
  if (!disclosure.whichRight) return view;
  const grade = {
    score: answer.score,
    verdict: verdictOf({ score: answer.score, isCorrect: answer.is_correct === 1 }),
  };
  // Marks on the chosen parts go with the correct answers: a policy that shows only verdicts shows no more.
  const marks = disclosure.correctAnswers
    ? markParts(entry.question, response, attempt.seed, answer.is_correct === 1)
    : undefined;
  const withMarks = (feedback: FeedbackView): FeedbackView => (marks ? { ...feedback, marks } : feedback);
  if (isKeyWaiting(disclosure, answer)) {
    // The key is not even built here: what the browser may get is the verdict and where to look.
    const hint = {
      ...grade,
      correctAnswer: [],
      explanation: '',
      evidence: [],
      lookAt: lookAt(entry.question, article),
    };
    return { ...view, feedback: withMarks(hint) };
  }
  const feedback = disclosedFeedback(buildFeedback(entry.question, article, grade), disclosure);
  return feedback ? { ...view, feedback: withMarks(feedback) } : view;
}

/** The attempt as its viewer may see it now; `disclosure` comes from lib/assignments/load-disclosure.ts (or DISCLOSE_ALL for a teacher). */
export function buildAttemptView(attempt: AttemptRow, answers: AnswerRow[], disclosure: Disclosure): AttemptView {
  const { course, article, questions } = content(attempt);
  // A retake whose policy holds its questions back (they are exactly the ones missed) shows none.
  const ids = disclosure.hidesQuestions ? [] : questionIdsOf(attempt);
  const view: AttemptView = {
    id: attempt.id,
    kind: attempt.kind as AttemptKind,
    status: attempt.status as AttemptStatus,
    title: attemptTitle(course, attempt.kind as AttemptKind, attempt.module_id),
    courseId: attempt.course_id,
    moduleId: attempt.module_id,
    questions: ids.map((id, i) => {
      const entry = questions.get(id);
      if (!entry) throw new Error(`Attempt ${attempt.id} holds unknown question ${id}`);
      return toQuestionView(entry.question, attempt.seed, i + 1, article);
    }),
    answers: answers.filter((a) => ids.includes(a.question_id)).map((a) => buildAnswerView(attempt, a, disclosure)),
    ...(attempt.deadline_at && attempt.status === 'in_progress' ? { deadlineAt: attempt.deadline_at } : {}),
    canRetake: false,
    ...(disclosure.hidesQuestions ? { questionsHeldBack: { moreAt: disclosure.moreAt } } : {}),
  };
  if (attempt.status !== 'submitted' || disclosure.hidesQuestions) return view;
  if (!disclosure.correctAnswers)
    view.heldBack = { score: !disclosure.score, whichRight: !disclosure.whichRight, moreAt: disclosure.moreAt };
  const fullMarks = new Set(answers.filter((a) => a.score >= 1).map((a) => a.question_id));
  // A retake holds exactly the questions missed and shows their keys: offered only once the keys are.
  view.canRetake = disclosure.correctAnswers && ids.some((id) => !fullMarks.has(id));
  if (!disclosure.score) {
    view.resultWithheld = true;
    return view;
  }
  const byObjective = new Map<string, ObjectiveResultView>();
  // Per-objective results say which questions were right as surely as the verdicts do.
  if (disclosure.whichRight) {
    const objectiveText = new Map(course.moduleList.flatMap((m) => m.objectives.map((o) => [o.id, o.text] as const)));
    for (const id of ids) {
      const objectiveId = questions.get(id)!.question.objective;
      const result = byObjective.get(objectiveId) ?? {
        objectiveId,
        text: objectiveText.get(objectiveId) ?? objectiveId,
        score: 0,
        max: 0,
      };
      result.max += 1;
      result.score += answers.find((a) => a.question_id === id)?.score ?? 0;
      byObjective.set(objectiveId, result);
    }
  }
  const answered = new Set(answers.map((a) => a.question_id));
  view.result = {
    score: attempt.score ?? 0,
    max: attempt.max_score,
    objectives: [...byObjective.values()],
    submittedAt: attempt.submitted_at ?? attempt.updated_at,
    // The correct answers of unanswered questions only where the correct answers are shown.
    unanswered: Object.fromEntries(
      ids
        .filter((id) => !answered.has(id) && disclosureOfQuestion(disclosure, id).correctAnswers)
        .map((id) => [id, buildFeedback(questions.get(id)!.question, article, { score: 0, verdict: 'incorrect' })]),
    ),
  };
  return view;
}
