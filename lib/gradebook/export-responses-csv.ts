import 'server-only';
import type { Kysely } from 'kysely';
import { questionIdsOf } from '@/lib/attempts/attempt-view';
import { getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { ResponseSchema } from '@/lib/grading/response';
import { csvFilename, toCsv, type CsvCell } from '@/lib/reports/csv';
import type { CsvExport } from './csv-export';
import { describeAssignment } from './describe-assignment';
import { roundPoints } from '@/lib/format/score';
import { getBankNumbers } from './bank-numbers';
import { describeResponse } from './describe-response';
import { handedInAt } from './grade-cell';
import { loadCells } from './load-cells';
import { listCurrentStudents, loadOwnedAssignment } from './load-owned';
import { STATUS_LABELS } from './status-labels';

const HEADER: CsvCell[] = [
  'Student',
  'Email',
  'Status',
  'Attempt',
  'Submitted at',
  'Bank number',
  'Question id',
  'Question',
  'Answered',
  'Response',
  'Score',
  'Score (raw)',
];

/**
 * Every question given in the submitted attempts of an assignment of this teacher's, as CSV: one
 * row per question an attempt held (current students by name, then attempt, then question in the
 * attempt's order), the response in words. A question left unanswered has a row with an empty
 * response, "no" under Answered and 0 (as it counts in the attempt), so a blank answer and a
 * missing one differ. A student with no submitted attempt gets one row with their status
 * ("Missing" once the due date has passed, and then a score of 0). Answers of attempts still in
 * progress may yet change and are left out. Undefined for an assignment that is not this teacher's.
 */
export async function exportResponsesCsv(
  db: Kysely<Database>,
  teacherId: string,
  assignmentId: string,
  now: Date,
): Promise<CsvExport | undefined> {
  const assignment = await loadOwnedAssignment(db, teacherId, assignmentId);
  if (!assignment) return undefined;
  const questions = getQuestionIndex(assignment.course_id);
  const article = getCourseArticle(assignment.course_id);
  if (!questions || !article)
    throw new Error(`Assignment ${assignment.id} names course ${assignment.course_id}, which is not installed`);
  const bank = getBankNumbers(assignment.course_id);
  const students = await listCurrentStudents(db, assignment.class_id);
  // Loading the cells submits timed-out attempts first, so their answers are in the export.
  const cellOf = await loadCells(
    db,
    [assignment],
    students.map((s) => s.id),
    now,
  );
  const attempts =
    students.length === 0
      ? []
      : await db
          .selectFrom('attempts')
          .selectAll()
          .where('assignment_id', '=', assignment.id)
          .where(
            'owner_id',
            'in',
            students.map((s) => s.id),
          )
          .where('status', '=', 'submitted')
          .orderBy('attempt_number')
          .execute();
  const answers =
    attempts.length === 0
      ? []
      : await db
          .selectFrom('answers')
          .selectAll()
          .where(
            'attempt_id',
            'in',
            attempts.map((a) => a.id),
          )
          .execute();

  const rows: CsvCell[][] = [HEADER];
  for (const student of students) {
    const cell = cellOf(assignment.id, student.id);
    const own = attempts.filter((a) => a.owner_id === student.id);
    if (own.length === 0) {
      const score = cell.status === 'missed' ? 0 : null;
      rows.push([
        student.name,
        student.email,
        STATUS_LABELS[cell.status],
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        score,
        score,
      ]);
      continue;
    }
    for (const attempt of own) {
      const given = new Map(answers.filter((a) => a.attempt_id === attempt.id).map((a) => [a.question_id, a]));
      const submittedAt = handedInAt(attempt);
      const status = submittedAt !== null && Date.parse(submittedAt) > Date.parse(cell.dueAt) ? 'late' : 'submitted';
      for (const questionId of questionIdsOf(attempt)) {
        const answer = given.get(questionId);
        const question = questions.get(questionId)?.question;
        if (!question) continue;
        const response = answer
          ? describeResponse(question, article, ResponseSchema.parse(JSON.parse(answer.response)))
          : null;
        const score = answer?.score ?? 0;
        rows.push([
          student.name,
          student.email,
          STATUS_LABELS[status],
          attempt.attempt_number,
          submittedAt,
          bank.get(questionId)?.label ?? null,
          questionId,
          question.prompt,
          answer ? 'yes' : 'no',
          response,
          roundPoints(score),
          score,
        ]);
      }
    }
  }
  const { title } = describeAssignment(assignment);
  return {
    filename: csvFilename('responses', assignment.class_name, title, now.toISOString().slice(0, 10)),
    body: toCsv(rows, { bom: true }),
  };
}
