import 'server-only';
import type { Kysely } from 'kysely';
import { questionIdsOf } from '@/lib/attempts/attempt-view';
import { drawOf } from '@/lib/attempts/targets';
import { getCourse, getCourseArticle } from '@/lib/content/course';
import type { Question } from '@/lib/content/schema';
import type { Database } from '@/lib/db/schema';
import { ResponseSchema } from '@/lib/grading/response';
import { analyzeItems, type ScoredAttempt } from '@/lib/reports/item-analysis';
import { buildMasteryHeatMap, objectivesByQuestion } from '@/lib/reports/mastery-heat-map';
import { bankLabel, getBankNumbers } from './bank-numbers';
import { describeAssignment } from './describe-assignment';
import { optionSpread } from './option-spread';
import { correctAnswerText } from '@/lib/regrade/question-key';
import { loadCells } from './load-cells';
import { listCurrentStudents, loadOwnedAssignment } from './load-owned';
import type { AssignmentStatistics, QuestionStatistics } from './views';

/**
 * Item analysis and the objectives heat map of one assignment of this teacher's, over each current
 * student's counted attempt (highest or last, as the assignment grades). A question a student left
 * unanswered in a submitted attempt counts as 0, as in the attempt's score. A final test draws
 * different questions per attempt, and so does a module drawn from a larger pool, so each question
 * is analysed over the attempts that held it (its n, shown beside it).
 * Undefined for an assignment that is not this teacher's.
 */
export async function getAssignmentStatistics(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
  now: Date,
): Promise<AssignmentStatistics | undefined> {
  const assignment = await loadOwnedAssignment(db, teacherId, assignmentId);
  if (!assignment) return undefined;
  const course = getCourse(assignment.course_id);
  const article = getCourseArticle(assignment.course_id);
  if (!course || !article)
    throw new Error(`Assignment ${assignment.id} names course ${assignment.course_id}, which is not installed`);
  const students = await listCurrentStudents(db, assignment.class_id);
  const cellOf = await loadCells(
    db,
    [assignment],
    students.map((s) => s.id),
    now,
  );
  const countedIds = students.flatMap((s) => cellOf(assignment.id, s.id).attemptId ?? []);

  const [attempts, answers] =
    countedIds.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .selectFrom('attempts')
            .select(['id', 'owner_id', 'question_ids', 'score'])
            .where('id', 'in', countedIds)
            .where('assignment_id', '=', assignment.id)
            .execute(),
          db
            .selectFrom('answers')
            .select(['attempt_id', 'question_id', 'score', 'response'])
            .where('attempt_id', 'in', countedIds)
            .execute(),
        ]);
  const scored: (ScoredAttempt & { questionIds: Set<string> })[] = attempts.map((attempt) => {
    const questionIds = new Set(questionIdsOf(attempt));
    const given = new Map(
      answers
        .filter((a) => a.attempt_id === attempt.id && questionIds.has(a.question_id))
        .map((a) => [a.question_id, a]),
    );
    return {
      studentId: attempt.owner_id,
      total: attempt.score ?? 0,
      questionIds,
      answers: [...questionIds].map((questionId) => {
        const answer = given.get(questionId);
        return answer
          ? { questionId, score: answer.score, response: ResponseSchema.parse(JSON.parse(answer.response)) }
          : { questionId, score: 0, response: null };
      }),
    };
  });

  // The questions in the course's order: those drawn for someone, and for a module the rest of
  // the pool it draws from (seen by no one yet: n = 0). Each student draws only some of them.
  const asked = new Set(scored.flatMap((a) => [...a.questionIds]));
  const { pool: drawPool } = drawOf(assignment);
  const pool = course.moduleList
    .filter((m) => assignment.module_id === null || m.id === assignment.module_id)
    .flatMap((m) => m.questions.map((question) => ({ question, moduleId: m.id })))
    .filter(({ question }) => asked.has(question.id) || (assignment.module_id !== null && question.pool === drawPool));
  const sentences = new Map(article.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)));
  const bank = getBankNumbers(assignment.course_id);
  const questions: QuestionStatistics[] = pool.map(({ question, moduleId }) => {
    const holding = scored.filter((a) => a.questionIds.has(question.id));
    const [item] = analyzeItems(holding, [question], { sentences });
    const own = holding.flatMap((a) => a.answers.filter((x) => x.questionId === question.id));
    const given = own.filter((a) => a.response !== null);
    const number = bank.get(question.id)?.number ?? 0;
    return {
      ...item!,
      number,
      bank: bankLabel(number, moduleId),
      prompt: question.prompt,
      objectiveId: question.objective,
      moduleId,
      correctAnswer: correctAnswerText(question, article),
      spread: optionSpread(
        question,
        article,
        given.flatMap((a) => (a.response ? [a.response] : [])),
      ),
      outcomes: {
        right: given.filter((a) => a.score >= 1).length,
        partial: given.filter((a) => a.score > 0 && a.score < 1).length,
        wrong: given.filter((a) => a.score <= 0).length,
        unanswered: holding.length - given.length,
      },
    };
  });

  const poolQuestions: Question[] = pool.map((p) => p.question);
  const used = new Set(poolQuestions.map((q) => q.objective));
  const objectives = course.moduleList.flatMap((m) => m.objectives).filter((o) => used.has(o.id));
  const answersByStudent = new Map(scored.map((a) => [a.studentId, a.answers]));
  const heatMap = buildMasteryHeatMap(
    students.map((s) => ({ studentId: s.id, answers: answersByStudent.get(s.id) ?? [] })),
    objectivesByQuestion(poolQuestions),
    objectives,
  );
  return {
    assignment: { ...describeAssignment(assignment), classId: assignment.class_id, className: assignment.class_name },
    counts: { students: students.length, submitted: countedIds.length },
    questions,
    objectives: objectives.map((o) => ({ id: o.id, text: o.text })),
    students,
    heatMap,
  };
}
