import { AppError } from '@/lib/errors';
import { httpStatusOf } from '@/lib/http/error-response';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { startAttempt } from '@/lib/attempts/create-attempt';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { getCourse, getCourseArticle, getQuestionIndex } from '@/lib/content/course';
import type { Database } from '@/lib/db/schema';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { exportGradebookCsv } from './export-gradebook-csv';
import { exportResponsesCsv } from './export-responses-csv';
import { getAssignmentStatistics } from './get-assignment-statistics';
import { getGradebook } from './get-gradebook';
import { getStudentAttemptForTeacher } from './get-student-attempt-for-teacher';
import { describeResponse } from './describe-response';
import { overrideGrade } from './override-grade';
import { at, classroom, DAY, firstRight, T0, work } from '@/scripts/testing/assignments/classroom';

type Refusal = { code: string; message: string; status: number };

async function refusal(run: () => Promise<unknown>): Promise<Refusal> {
  try {
    await run();
  } catch (error) {
    // The status is the route's answer for it (lib/http/error-response.ts), which a user sees.
    if (error instanceof AppError) return { code: error.code, message: error.message, status: httpStatusOf(error) };
    throw error;
  }
  throw new Error('expected a refusal');
}

async function cellOf(db: Kysely<Database>, teacherId: string, assignmentId: string, studentId: string, now: Date) {
  const gradebook = (await getGradebook(db, teacherId, 'c1', now))!;
  const row = gradebook.rows.find((r) => r.student.id === studentId)!;
  return row.cells[gradebook.assignments.findIndex((a) => a.id === assignmentId)]!;
}

const questionIndex = getQuestionIndex('nk-russia-pact')!;
const questionOf = (id: string) => questionIndex.get(id)!.question;
const position = new Map([...questionIndex.keys()].map((id, i) => [id, i]));
const inContentOrder = (ids: string[]) => [...ids].sort((a, b) => position.get(a)! - position.get(b)!);
const heldBy = async (db: Kysely<Database>, attemptId: string) =>
  JSON.parse(
    (await db.selectFrom('attempts').select('question_ids').where('id', '=', attemptId).executeTakeFirstOrThrow())
      .question_ids,
  ) as string[];
const answerRow = (db: Kysely<Database>, attemptId: string, questionId: string) =>
  db
    .selectFrom('answers')
    .select('response')
    .where('attempt_id', '=', attemptId)
    .where('question_id', '=', questionId)
    .executeTakeFirstOrThrow();

const overrideCount = async (db: Kysely<Database>) =>
  (await db.selectFrom('grade_overrides').select('id').execute()).length;

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`gradebook on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('shows each student as not started, in progress, submitted, late, missed or excused', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana', 'Ben', 'Cy', 'Dee', 'Eve', 'Fay']);
      const [ana, ben, , dee, eve, fay] = students;
      const quiz = await assign();
      // Eve's due date is two days later than the class's.
      await db
        .insertInto('accommodations')
        .values({
          assignment_id: quiz,
          student_id: eve!.id,
          time_multiplier: null,
          is_untimed: 0,
          due_at: at(9 * DAY).toISOString(),
          closes_at: null,
          updated_at: T0.toISOString(),
        })
        .execute();
      await work(db, quiz, ana!.id, { startAt: at(3600), submitAt: at(7200), answer: firstRight(9) });
      await work(db, quiz, ben!.id, { startAt: at(3600), submitAt: null });

      const early = await getGradebook(db, teacher.id, 'c1', at(DAY));
      expect(early!.assignments).toEqual([
        expect.objectContaining({ id: quiz, title: 'Quiz: What the pact provides', max: 12, grading: 'highest' }),
      ]);
      const statusAt = (gradebook: typeof early) =>
        Object.fromEntries(gradebook!.rows.map((r) => [r.student.name, r.cells[0]!.status]));
      expect(statusAt(early)).toEqual({
        Ana: 'submitted',
        Ben: 'in_progress',
        Cy: 'not_started',
        Dee: 'not_started',
        Eve: 'not_started',
        Fay: 'not_started',
      });
      expect(early!.rows[0]!.cells[0]).toMatchObject({
        score: 9,
        max: 12,
        percent: 75,
        attempts: 1,
        submittedAt: at(7200).toISOString(),
        isLate: false,
        override: null,
      });

      await work(db, quiz, dee!.id, { startAt: at(7 * DAY + 600), submitAt: at(7 * DAY + 1200) });
      await work(db, quiz, eve!.id, { startAt: at(7 * DAY + 600), submitAt: at(7 * DAY + 1200) });
      await overrideGrade(
        db,
        teacher.id,
        quiz,
        { studentId: fay!.id, excused: true, reason: 'Away on the exchange trip' },
        at(7 * DAY),
      );

      const late = await getGradebook(db, teacher.id, 'c1', at(8 * DAY));
      expect(statusAt(late)).toEqual({
        Ana: 'submitted',
        Ben: 'in_progress',
        Cy: 'missed',
        Dee: 'late',
        Eve: 'submitted',
        Fay: 'excused',
      });
      const byName = Object.fromEntries(late!.rows.map((r) => [r.student.name, r.cells[0]!]));
      expect(byName.Dee).toMatchObject({ score: 12, percent: 100, isLate: true, dueAt: at(7 * DAY).toISOString() });
      expect(byName.Eve).toMatchObject({ score: 12, isLate: false, dueAt: at(9 * DAY).toISOString() });
      expect(byName.Cy).toMatchObject({ score: null, percent: null, attempts: 0, attemptId: null });
      expect(byName.Fay).toMatchObject({
        score: null,
        override: { kind: 'excused', reason: 'Away on the exchange trip', teacherName: 'Ms Adler' },
      });
    });

    it('counts a timed attempt that ran out as handed in at its deadline, with the answers saved in time', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana']);
      const timed = await assign({ timeLimitMinutes: 10, dueAt: at(7 * DAY).toISOString() });
      // Started 5 minutes before the due date; never submitted; the deadline is 5 minutes after it.
      const attemptId = await work(db, timed, students[0]!.id, {
        startAt: at(7 * DAY - 300),
        submitAt: null,
        answer: firstRight(4),
      });
      const cell = await cellOf(db, teacher.id, timed, students[0]!.id, at(8 * DAY));
      expect(cell).toMatchObject({ status: 'late', score: 4, attemptId, submittedAt: at(7 * DAY + 300).toISOString() });
      expect(
        await db.selectFrom('attempts').select('status').where('id', '=', attemptId).executeTakeFirstOrThrow(),
      ).toEqual({ status: 'submitted' });
      // One started well before the due date that ran out is on time, however late anyone looks.
      const other = await assign({ timeLimitMinutes: 10 });
      await work(db, other, students[0]!.id, { startAt: at(3600), submitAt: null, answer: firstRight(2) });
      expect(await cellOf(db, teacher.id, other, students[0]!.id, at(30 * DAY))).toMatchObject({
        status: 'submitted',
        score: 2,
        isLate: false,
        submittedAt: at(4200).toISOString(),
      });
    });

    it('counts the highest or the last submitted attempt, as the assignment grades', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const highest = await assign({ grading: 'highest', attemptsAllowed: 3 });
      const last = await assign({ grading: 'last', attemptsAllowed: 3, dueAt: at(8 * DAY).toISOString() });
      const ids: Record<string, string[]> = { highest: [], last: [] };
      for (const [assignmentId, name] of [
        [highest, 'highest'],
        [last, 'last'],
      ] as const) {
        ids[name]!.push(
          await work(db, assignmentId, ana.id, { startAt: at(100), submitAt: at(200), answer: firstRight(3) }),
        );
        ids[name]!.push(
          await work(db, assignmentId, ana.id, { startAt: at(300), submitAt: at(400), answer: firstRight(8) }),
        );
        ids[name]!.push(
          await work(db, assignmentId, ana.id, { startAt: at(500), submitAt: at(600), answer: firstRight(5) }),
        );
      }
      expect(await cellOf(db, teacher.id, highest, ana.id, at(DAY))).toMatchObject({
        score: 8,
        attempts: 3,
        attemptId: ids.highest![1],
        status: 'submitted',
      });
      expect(await cellOf(db, teacher.id, last, ana.id, at(DAY))).toMatchObject({
        score: 5,
        attempts: 3,
        attemptId: ids.last![2],
        submittedAt: at(600).toISOString(),
      });
    });

    it('an override replaces the score; the log keeps every entry and never changes an earlier one', async () => {
      const db = await freshDb();
      const { teacher, students, outsider, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const quiz = await assign();
      await work(db, quiz, ana.id, { startAt: at(100), submitAt: at(200), answer: firstRight(6) });

      await overrideGrade(
        db,
        teacher.id,
        quiz,
        { studentId: ana.id, score: 10.5, reason: 'Question 5 was ambiguous' },
        at(DAY),
      );
      const first = await db.selectFrom('grade_overrides').selectAll().execute();
      let cell = await cellOf(db, teacher.id, quiz, ana.id, at(DAY + 1));
      expect(cell).toMatchObject({ score: 10.5, attemptScore: 6, percent: 87.5, status: 'submitted' });
      expect(cell.override).toMatchObject({
        kind: 'score',
        score: 10.5,
        reason: 'Question 5 was ambiguous',
        teacherName: 'Ms Adler',
        createdAt: at(DAY).toISOString(),
      });

      await overrideGrade(
        db,
        teacher.id,
        quiz,
        { studentId: ana.id, excused: true, reason: 'Ill that week' },
        at(2 * DAY),
      );
      cell = await cellOf(db, teacher.id, quiz, ana.id, at(2 * DAY + 1));
      expect(cell).toMatchObject({ status: 'excused', score: null, percent: null });

      await overrideGrade(
        db,
        teacher.id,
        quiz,
        { studentId: ana.id, clear: true, reason: 'Back to the quiz score' },
        at(3 * DAY),
      );
      cell = await cellOf(db, teacher.id, quiz, ana.id, at(3 * DAY + 1));
      expect(cell).toMatchObject({ status: 'submitted', score: 6, percent: 50, override: null });

      await overrideGrade(
        db,
        teacher.id,
        quiz,
        { studentId: ana.id, score: 0, reason: '  Copied answers  ' },
        at(4 * DAY),
      );
      cell = await cellOf(db, teacher.id, quiz, ana.id, at(4 * DAY + 1));
      expect(cell).toMatchObject({ score: 0, percent: 0, override: { kind: 'score', reason: 'Copied answers' } });
      expect(cell.history.map((h) => [h.kind, h.score, h.reason])).toEqual([
        ['score', 10.5, 'Question 5 was ambiguous'],
        ['excused', null, 'Ill that week'],
        ['clear', null, 'Back to the quiz score'],
        ['score', 0, 'Copied answers'],
      ]);
      const all = await db.selectFrom('grade_overrides').selectAll().orderBy('created_at').execute();
      expect(all).toHaveLength(4);
      expect(all[0]).toEqual(first[0]);

      // Refused, and nothing written: out of range, no reason, too long a reason, two kinds at once, not in the class.
      for (const [input, status, message] of [
        [{ studentId: ana.id, score: 12.5, reason: 'Bonus' }, 422, /between 0 and 12/],
        [{ studentId: ana.id, score: -1, reason: 'Penalty' }, 422, /between 0 and 12/],
        [{ studentId: ana.id, score: 3, reason: '   ' }, 422, /reason/],
        [{ studentId: ana.id, score: 3, reason: 'x'.repeat(501) }, 422, /500 characters/],
        [{ studentId: ana.id, score: 3, excused: true as const, reason: 'Both' }, 422, /exactly one/],
        [{ studentId: outsider.id, score: 3, reason: 'Not mine' }, 404, /No such student/],
      ] as const) {
        const error = await refusal(() => overrideGrade(db, teacher.id, quiz, input, at(5 * DAY)));
        expect([error.status, error.message]).toEqual([status, expect.stringMatching(message)]);
      }
      expect(await overrideCount(db)).toBe(4);
      await overrideGrade(db, teacher.id, quiz, { studentId: ana.id, score: 12, reason: 'x'.repeat(500) }, at(6 * DAY));
      expect(await overrideCount(db)).toBe(5);
    });

    it('statistics: facility per question and the objectives heat map of a tiny class', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana', 'Ben', 'Cy']);
      const [ana, ben, cy] = students;
      const quiz = await assign();
      await work(db, quiz, ana!.id, { startAt: at(100), submitAt: at(200) });
      await work(db, quiz, ben!.id, { startAt: at(100), submitAt: at(200), answer: firstRight(1) });
      await work(db, quiz, cy!.id, { startAt: at(100), submitAt: null });

      const stats = (await getAssignmentStatistics(db, teacher.id, quiz, at(DAY)))!;
      expect(stats.counts).toEqual({ students: 3, submitted: 2 });
      const pact = getCourse('nk-russia-pact')!.moduleList.find((m) => m.id === 'the-pact')!;
      // The assignment draws the practice pool: those questions are listed, in content order.
      const drawn = pact.questions.filter((q) => q.pool === 'practice');
      expect(stats.questions.map((q) => q.questionId)).toEqual(drawn.map((q) => q.id));
      // Numbered by the bank: the place in the module's file, whatever pool or draw.
      const bankNumber = pact.questions.indexOf(drawn[0]!) + 1;
      expect(stats.questions[0]).toMatchObject({
        number: bankNumber,
        bank: `Q${bankNumber} · the-pact`,
        prompt: drawn[0]!.prompt,
        facility: 1,
        attempts: 2,
        responses: 2,
        discrimination: null,
      });
      expect(stats.questions.slice(1).map((q) => q.facility)).toEqual(Array(11).fill(0.5));
      expect(stats.questions.map((q) => q.number)).toEqual(drawn.map((q) => pact.questions.indexOf(q) + 1));

      // A single-choice question (not the first): Ana chose the key, Ben another option; the teacher
      // reads the key in words and every option's count.
      const single = stats.questions.find((q, i) => i > 0 && q.questionType === 'single-choice')!;
      const content = drawn.find((q) => q.id === single.questionId)!;
      if (content.type !== 'single-choice') throw new Error('expected a single-choice question');
      const key = content.options.find((o) => o.id === content.answer)!;
      expect(single.correctAnswer).toBe(key.text);
      expect(single.outcomes).toEqual({ right: 1, partial: 0, wrong: 1, unanswered: 0 });
      expect(single.spread).toHaveLength(content.options.length);
      expect(single.spread.find((o) => o.isKey)).toEqual({ label: key.text, count: 1, isKey: true });
      expect(single.spread.filter((o) => !o.isKey).reduce((n, o) => n + o.count, 0)).toBe(1);
      expect(stats.objectives.map((o) => o.id)).toEqual(pact.objectives.map((o) => o.id));

      // Ben got only the first question right, one of the three practice questions of its objective.
      const benColumn = pact.objectives.findIndex((o) => o.id === drawn[0]!.objective);
      const percents = (studentId: string) =>
        stats.heatMap.rows.find((r) => r.studentId === studentId)!.cells.map((c) => c.percent);
      expect(percents(ana!.id)).toEqual([100, 100, 100, 100]);
      expect(percents(ben!.id)[benColumn]).toBeCloseTo(100 / 3, 9);
      expect(percents(ben!.id).filter((_, i) => i !== benColumn)).toEqual([0, 0, 0]);
      expect(percents(cy!.id)).toEqual([null, null, null, null]);
      const other = (benColumn + 1) % 4;
      expect(stats.heatMap.averages[other]).toEqual({
        objectiveId: pact.objectives[other]!.id,
        percent: 50,
        students: 2,
      });
    });

    it('a teacher sees a student attempt whole, whatever its review policy shows the student', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana']);
      const quiz = await assign({ reviewPolicy: { score: 'never', answers: 'never', correctAnswers: 'never' } });
      // The first question in content order answered wrong, the second skipped, the rest right.
      const how = (_q: string, i: number) => (i === 0 ? 'wrong' : i === 1 ? 'skip' : 'right');
      const attemptId = await work(db, quiz, students[0]!.id, { startAt: at(100), submitAt: at(200), answer: how });
      const [wrongId, skippedId, rightId] = inContentOrder(await heldBy(db, attemptId));
      const view = (await getStudentAttemptForTeacher(db, teacher.id, attemptId, at(300)))!;
      expect(view).toMatchObject({
        student: { name: 'Ana' },
        assignment: { id: quiz, classId: 'c1', className: 'History 9' },
        attemptNumber: 1,
        submittedAt: at(200).toISOString(),
      });
      expect(view.attempt.resultWithheld).toBeUndefined();
      // Beside the student's own position, each question's number in its module's bank.
      const pact = getCourse('nk-russia-pact')!.moduleList.find((m) => m.id === 'the-pact')!;
      for (const q of view.attempt.questions)
        expect(view.bankNumbers[q.id]).toEqual({
          number: pact.questions.findIndex((c) => c.id === q.id) + 1,
          moduleId: 'the-pact',
          label: `Q${pact.questions.findIndex((c) => c.id === q.id) + 1} · the-pact`,
        });
      expect(view.attempt.result).toMatchObject({ score: 10, max: 12 });
      expect(Object.keys(view.attempt.result!.unanswered)).toEqual([skippedId]);
      const wrong = view.attempt.answers.find((a) => a.questionId === wrongId)!;
      expect(wrong.feedback).toMatchObject({ verdict: 'incorrect', score: 0 });
      expect(wrong.feedback!.correctAnswer.length).toBeGreaterThan(0);
      expect(wrong.feedback!.explanation.length).toBeGreaterThan(10);
      expect(wrong.feedback!.evidence.length).toBeGreaterThan(0);
      // Each response in words, as the question offers it.
      for (const id of [wrongId!, rightId!])
        expect(view.responseText[id]).toBe(
          describeResponse(
            questionOf(id),
            getCourseArticle('nk-russia-pact')!,
            JSON.parse((await answerRow(db, attemptId, id)).response),
          ),
        );
      expect(view.responseText[skippedId!]).toBeUndefined();
    });

    it('CSV exports: scores as on screen with the raw one beside, a row per question given, missing work as 0', async () => {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['=HYPERLINK("x")', 'Zoë, "Z" Brontë', 'Gus']);
      const [evil, zoe] = students;
      const quiz = await assign();
      const evilAttempt = await work(db, quiz, evil!.id, {
        startAt: at(100),
        submitAt: at(200),
        answer: (_q, i) => (i === 0 ? 'right' : 'skip'),
      });
      const [firstId, secondId] = inContentOrder(await heldBy(db, evilAttempt));
      await work(db, quiz, zoe!.id, { startAt: at(100), submitAt: at(200), answer: firstRight(12) });
      await overrideGrade(
        db,
        teacher.id,
        quiz,
        { studentId: zoe!.id, score: 16 / 3, reason: 'Partial credit' },
        at(300),
      );
      // Gus never starts; the due date passes.

      const gradebook = (await exportGradebookCsv(db, teacher.id, 'c1', at(8 * DAY)))!;
      expect(gradebook.filename).toBe('gradebook-history-9-2026-03-10.csv');
      const name = 'Quiz: What the pact provides (due 2026-03-09)';
      expect(gradebook.body.startsWith(`\uFEFFStudent,Email,${name} score,${name} score (raw),${name} max,`)).toBe(
        true,
      );
      const lines = gradebook.body.slice(1).split('\r\n');
      expect(lines).toHaveLength(5); // header, three students, and the empty string after the last CRLF
      expect(lines[0]!.endsWith(`${name} status,${name} late,${name} excused,Average percent`)).toBe(true);
      expect(lines).toContain(`"'=HYPERLINK(""x"")",student1@example.org,1,1,12,8,Submitted,no,no,8`);
      // The page writes 16/3 of 12 as "5.3 / 12" and 44%: so does the CSV, with the exact score beside.
      // (PostgreSQL keeps the override as a 4-byte real, so the raw score's last digits differ.)
      expect(lines.find((l) => l.startsWith('"Zoë'))).toMatch(
        /^"Zoë, ""Z"" Brontë",student2@example\.org,5\.3,5\.3333\d*,12,44,Submitted,no,no,44$/,
      );
      expect(lines).toContain('Gus,student3@example.org,0,0,12,0,Missing,no,no,0');

      const responses = (await exportResponsesCsv(db, teacher.id, quiz, at(8 * DAY)))!;
      expect(responses.filename).toBe('responses-history-9-quiz-what-the-pact-provides-2026-03-10.csv');
      const rows = responses.body.slice(1).split('\r\n').filter(Boolean);
      expect(rows[0]).toBe(
        'Student,Email,Status,Attempt,Submitted at,Bank number,Question id,Question,Answered,Response,Score,Score (raw)',
      );
      // A row for each of the 12 questions Evil was given, answered or not.
      const evilRows = rows.filter((r) => r.startsWith(`"'=HYPERLINK`));
      expect(evilRows).toHaveLength(12);
      const answered = evilRows.find((r) => r.includes(`,${firstId},`))!;
      expect(answered).toContain(`,Submitted,1,${at(200).toISOString()},Q`);
      expect(answered).toMatch(/,yes,.+,1,1$/);
      const blank = evilRows.find((r) => r.includes(`,${secondId},`))!;
      expect(blank).toMatch(/,no,,0,0$/);
      expect(rows.filter((r) => r.startsWith('"Zoë'))).toHaveLength(12);
      expect(rows).toContain('Gus,student3@example.org,Missing,,,,,,,,0,0');
    });

    it("isolation: another teacher, or a student, gets nothing of a teacher's class", async () => {
      const db = await freshDb();
      const { teacher, otherTeacher, students, assign } = await classroom(db, ['Ana']);
      const ana = students[0]!;
      const quiz = await assign();
      const attemptId = await work(db, quiz, ana.id, { startAt: at(100), submitAt: at(200) });
      const practice = await startAttempt(db, ana.id, {
        courseId: 'nk-russia-pact',
        kind: 'practice',
        moduleId: 'the-pact',
      });
      const now = at(DAY);

      // The owner sees it all (so the refusals below are about who asks, not about missing data)...
      expect(await getGradebook(db, teacher.id, 'c1', now)).toBeDefined();
      expect(await getAssignmentStatistics(db, teacher.id, quiz, now)).toBeDefined();
      expect(await getStudentAttemptForTeacher(db, teacher.id, attemptId, now)).toBeDefined();
      expect(await exportGradebookCsv(db, teacher.id, 'c1', now)).toBeDefined();
      expect(await exportResponsesCsv(db, teacher.id, quiz, now)).toBeDefined();
      // ...but not a student's own practice, which no class assigned.
      expect(await getStudentAttemptForTeacher(db, teacher.id, practice, now)).toBeUndefined();

      for (const stranger of [otherTeacher, ana]) {
        expect(await getGradebook(db, stranger.id, 'c1', now)).toBeUndefined();
        expect(await getAssignmentStatistics(db, stranger.id, quiz, now)).toBeUndefined();
        expect(await getStudentAttemptForTeacher(db, stranger.id, attemptId, now)).toBeUndefined();
        expect(await exportGradebookCsv(db, stranger.id, 'c1', now)).toBeUndefined();
        expect(await exportResponsesCsv(db, stranger.id, quiz, now)).toBeUndefined();
        const error = await refusal(() =>
          overrideGrade(db, stranger.id, quiz, { studentId: ana.id, score: 12, reason: 'Mine now' }, now),
        );
        expect(error.status).toBe(404);
      }
      expect(await overrideCount(db)).toBe(0);
      // Teacher B's own class is theirs alone: teacher A cannot read it either.
      expect(await getGradebook(db, teacher.id, 'c2', now)).toBeUndefined();
    });
  });
}
