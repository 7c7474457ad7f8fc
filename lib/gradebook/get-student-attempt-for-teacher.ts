import 'server-only';
import type { Kysely } from 'kysely';
import { discloseAttempt } from '@/lib/assignments/disclosure';
import { finalizeIfExpired } from '@/lib/assignments/finalize-expired';
import { buildAttemptView } from '@/lib/attempts/attempt-view';
import { getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { ResponseSchema } from '@/lib/grading/response';
import { listQuestionCredits } from '@/lib/regrade/list-question-credits';
import { listRegradesOfAttempt } from '@/lib/regrade/regrade-notes';
import { getAttemptNeighbours } from './attempt-neighbours';
import { getBankNumbers } from './bank-numbers';
import { describeAssignment } from './describe-assignment';
import { describeResponse } from './describe-response';
import { handedInAt } from './grade-cell';
import type { TeacherAttemptView } from './views';

/** The attempt, only when it was made for an assignment of one of this teacher's classes. */
function loadOwnedAttempt(db: Kysely<Database>, teacherId: string, attemptId: string) {
  return db
    .selectFrom('attempts')
    .innerJoin('assignments', 'assignments.id', 'attempts.assignment_id')
    .innerJoin('classes', 'classes.id', 'assignments.class_id')
    .selectAll('attempts')
    .where('attempts.id', '=', attemptId)
    .where('classes.teacher_id', '=', teacherId)
    .executeTakeFirst();
}

/**
 * A student's attempt as their teacher sees it: every question with the student's answer, its
 * score, the correct answer, explanation and evidence; no review policy applies. Undefined unless
 * the attempt's assignment belongs to a class of this teacher's. A timed attempt whose time ran
 * out is submitted first, as when its student next looks at it.
 */
export async function getStudentAttemptForTeacher(
  db: Kysely<Database>,
  teacherId: string,
  attemptId: string,
  now: Date,
): Promise<TeacherAttemptView | undefined> {
  let attempt = await loadOwnedAttempt(db, teacherId, attemptId);
  if (!attempt) return undefined;
  if (attempt.status === 'in_progress' && (await finalizeIfExpired(db, attempt, now))) {
    attempt = await loadOwnedAttempt(db, teacherId, attemptId);
    if (!attempt) return undefined;
  }
  const [assignment, student, answers, regrades, credits] = await Promise.all([
    db
      .selectFrom('assignments')
      .innerJoin('classes', 'classes.id', 'assignments.class_id')
      .selectAll('assignments')
      .select('classes.name as class_name')
      .where('assignments.id', '=', attempt.assignment_id!)
      .where('classes.teacher_id', '=', teacherId)
      .executeTakeFirstOrThrow(),
    db.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', attempt.owner_id).executeTakeFirstOrThrow(),
    db.selectFrom('answers').selectAll().where('attempt_id', '=', attempt.id).execute(),
    listRegradesOfAttempt(db, attempt.id),
    listQuestionCredits(db, attempt.id),
  ]);
  const { neighbours, cell } = await getAttemptNeighbours(db, assignment, attempt.owner_id, now);
  const questions = getQuestionIndex(attempt.course_id);
  const article = getCourseArticle(attempt.course_id);
  if (!questions || !article)
    throw new Error(`Attempt ${attempt.id} names course ${attempt.course_id}, which is not installed`);
  const responseText: Record<string, string> = {};
  for (const answer of answers) {
    const question = questions.get(answer.question_id)?.question;
    if (question)
      responseText[answer.question_id] = describeResponse(
        question,
        article,
        ResponseSchema.parse(JSON.parse(answer.response)),
      );
  }
  const bank = getBankNumbers(attempt.course_id);
  const view = buildAttemptView(attempt, answers, discloseAttempt(attempt, undefined, 'teacher', now));
  return {
    student,
    assignment: {
      id: assignment.id,
      title: describeAssignment(assignment).title,
      classId: assignment.class_id,
      className: assignment.class_name,
    },
    attemptNumber: attempt.attempt_number,
    submittedAt: attempt.status === 'submitted' ? handedInAt(attempt) : null,
    attempt: view,
    responseText,
    bankNumbers: Object.fromEntries(view.questions.flatMap((q) => (bank.has(q.id) ? [[q.id, bank.get(q.id)!]] : []))),
    regrades: regrades.map((r) => ({
      date: r.created_at,
      questionId: r.question_id,
      source: r.source !== 'teacher' ? 'content' : credits.some((c) => c.id === r.adjustment_id) ? 'credit' : 'teacher',
      oldScore: r.old_score,
      newScore: r.new_score,
      oldAttemptScore: r.old_attempt_score,
      newAttemptScore: r.new_attempt_score,
      reason: r.reason,
    })),
    credits,
    canCredit: attempt.status === 'submitted',
    override: cell?.override ?? null,
    isCounted: cell?.attemptId === attempt.id,
    neighbours,
  };
}
