import 'server-only';
import type { Kysely } from 'kysely';
import { questionIdsOf } from '@/lib/attempts/attempt-view';
import { getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { ResponseSchema } from '@/lib/grading/response';
import { csvFilename, toCsv, type CsvCell } from '@/lib/reports/csv';
import type { CsvExport } from './csv-export';
import { describeAssignment } from './describe-assignment';
import { describeResponse } from './describe-response';
import { handedInAt } from './grade-cell';
import { loadCells } from './load-cells';
import { listCurrentStudents, loadOwnedAssignment } from './load-owned';

const HEADER: CsvCell[] = [
  'Student',
  'Email',
  'Attempt',
  'Submitted at',
  'Question id',
  'Question',
  'Response',
  'Score',
];

/**
 * Every answer in the submitted attempts of an assignment of this teacher's, as CSV: one row per
 * answer (current students by name, then attempt, then question in the attempt's order), the
 * response in words. Answers of attempts still in progress may yet change and are left out.
 * Undefined for an assignment that is not this teacher's.
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
  const students = await listCurrentStudents(db, assignment.class_id);
  // Loading the cells submits timed-out attempts first, so their answers are in the export.
  await loadCells(
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
    for (const attempt of attempts.filter((a) => a.owner_id === student.id)) {
      const given = new Map(answers.filter((a) => a.attempt_id === attempt.id).map((a) => [a.question_id, a]));
      for (const questionId of questionIdsOf(attempt)) {
        const answer = given.get(questionId);
        const question = questions.get(questionId)?.question;
        if (!answer || !question) continue;
        const response = describeResponse(question, article, ResponseSchema.parse(JSON.parse(answer.response)));
        rows.push([
          student.name,
          student.email,
          attempt.attempt_number,
          handedInAt(attempt),
          questionId,
          question.prompt,
          response,
          answer.score,
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
