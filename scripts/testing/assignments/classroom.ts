import type { Kysely } from 'kysely';
import { createAssignment, type NewAssignment } from '@/lib/assignments/create-assignment';
import { startAssignmentAttempt } from '@/lib/assignments/start-assignment-attempt';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { rightAnswer, wrongAnswer } from '@/scripts/testing/attempts/answers';
import { createUser } from '@/lib/auth/users';
import { getQuestionIndex } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';

// A classroom for assignment and gradebook tests: teacher A's class with the named students, and teacher B with a
// class of their own. Time is injected: every operation takes `at(seconds after T0)`.

export const T0 = new Date('2026-03-02T09:00:00Z');
export const DAY = 86400;
export const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

export async function classroom(db: Kysely<Database>, names: readonly string[] = ['Ana', 'Ben', 'Cy']) {
  const teacher = await createUser(db, {
    name: 'Ms Adler',
    email: 'adler@example.org',
    password: null,
    role: 'teacher',
  });
  const otherTeacher = await createUser(db, {
    name: 'Mr Brook',
    email: 'brook@example.org',
    password: null,
    role: 'teacher',
  });
  const students = [];
  for (const [i, name] of names.entries())
    students.push(
      await createUser(db, { name, email: `student${i + 1}@example.org`, password: null, role: 'student' }),
    );
  const outsider = await createUser(db, {
    name: 'Olga Outside',
    email: 'olga@example.org',
    password: null,
    role: 'student',
  });
  const stamp = T0.toISOString();
  await db
    .insertInto('classes')
    .values([
      {
        id: 'c1',
        teacher_id: teacher.id,
        name: 'History 9',
        join_code: 'ABCD2345',
        archived_at: null,
        created_at: stamp,
        updated_at: stamp,
      },
      {
        id: 'c2',
        teacher_id: otherTeacher.id,
        name: 'Brook 10',
        join_code: 'EFGH6789',
        archived_at: null,
        created_at: stamp,
        updated_at: stamp,
      },
    ])
    .execute();
  await db
    .insertInto('class_members')
    .values(students.map((s) => ({ class_id: 'c1', student_id: s.id, joined_at: stamp })))
    .execute();
  await db.insertInto('class_members').values({ class_id: 'c2', student_id: outsider.id, joined_at: stamp }).execute();
  const assign = (overrides: Partial<NewAssignment> = {}) =>
    createAssignment(
      db,
      teacher.id,
      {
        classId: 'c1',
        courseId: 'nk-russia-pact',
        kind: 'quiz',
        moduleId: 'the-pact',
        opensAt: at(-3600).toISOString(),
        dueAt: at(7 * DAY).toISOString(),
        closesAt: at(14 * DAY).toISOString(),
        attemptsAllowed: null,
        grading: 'highest',
        timeLimitMinutes: null,
        reviewPolicy: { score: 'never', answers: 'never', correctAnswers: 'never' },
        // The practice pool: a module's 12 practice questions, all drawn, so a test knows what each
        // attempt holds. Draws from the larger assessment pool are tested in lib/attempts/draws.test.ts.
        questionPool: 'practice',
        ...overrides,
      },
      T0,
    );
  return { teacher, otherTeacher, students, outsider, assign };
}

export type Answering = 'right' | 'wrong' | 'skip';

/**
 * One attempt by a student: started at `startAt`, each question answered a second later as
 * `answer(questionId)` says (by default all right), and submitted at `submitAt` unless it is null.
 */
export async function work(
  db: Kysely<Database>,
  assignmentId: string,
  studentId: string,
  options: { startAt: Date; submitAt: Date | null; answer?: (questionId: string, contentIndex: number) => Answering },
): Promise<string> {
  const attemptId = await startAssignmentAttempt(db, assignmentId, studentId, options.startAt);
  const row = await db
    .selectFrom('attempts')
    .select(['question_ids', 'course_id'])
    .where('id', '=', attemptId)
    .executeTakeFirstOrThrow();
  const savedAt = new Date(options.startAt.getTime() + 1000);
  const held = JSON.parse(row.question_ids) as string[];
  const position = new Map([...getQuestionIndex(row.course_id)!.keys()].map((id, i) => [id, i]));
  const inContentOrder = [...held].sort((a, b) => position.get(a)! - position.get(b)!);
  for (const questionId of held) {
    const how = options.answer?.(questionId, inContentOrder.indexOf(questionId)) ?? 'right';
    if (how === 'skip') continue;
    const response =
      how === 'right' ? await rightAnswer(db, attemptId, questionId) : await wrongAnswer(db, attemptId, questionId);
    await saveAnswer(
      db,
      { attemptId, ownerId: studentId, questionId, response, idempotencyKey: crypto.randomUUID() },
      savedAt,
    );
  }
  if (options.submitAt) await submitAttempt(db, attemptId, studentId, options.submitAt);
  return attemptId;
}

/** Scores `n`: the first n questions the attempt holds, in content order, right, the rest wrong. */
export const firstRight = (n: number) => (_questionId: string, contentIndex: number) =>
  contentIndex < n ? 'right' : 'wrong';
