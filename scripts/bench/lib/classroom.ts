// A class ready for a burst, written straight into a fresh database with the app's own functions:
// a teacher, N students, and one quiz assigned to the class (open now, one attempt each, no time
// limit). Signing in N students through next-auth would measure password hashing, so each student
// gets a session cookie minted the way next-auth mints it (an encrypted JWT holding the user id,
// with the server's secret), which the server cannot tell from one made by signing in.
import { randomBytes } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { createAssignment } from '../../../lib/assignments/create-assignment';
import { SESSION_COOKIE } from '../../../lib/auth/options';
import { createUser } from '../../../lib/auth/users';
import type { DatabaseConfig } from '../../../lib/db/config';
import { createDb } from '../../../lib/db/connect';
import { migrateToLatest } from '../../../lib/db/migrate';

export type BenchStudent = { id: string; cookie: string };
/** `assignmentIds`: one quiz per round of a benchmark (each student may take each once); `assignmentId` is the first. */
export type Classroom = { assignmentId: string; assignmentIds: string[]; students: BenchStudent[] };

export async function prepareClassroom(
  config: DatabaseConfig,
  count: number,
  secret: string,
  moduleId: string,
  assignments = 1,
): Promise<Classroom> {
  const db = createDb(config);
  try {
    await migrateToLatest(db);
    const tag = randomBytes(4).toString('hex');
    const teacher = await createUser(db, {
      name: 'Bench Teacher',
      email: `teacher-${tag}@bench.example`,
      password: null,
      role: 'teacher',
    });
    const stamp = new Date().toISOString();
    const classId = `c_bench_${tag}`;
    await db
      .insertInto('classes')
      .values({
        id: classId,
        teacher_id: teacher.id,
        name: 'Burst',
        join_code: randomBytes(4).toString('hex').toUpperCase(),
        archived_at: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    const students: BenchStudent[] = [];
    // One transaction: hundreds of separate commits would each wait for a disk flush.
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < count; i++) {
        const name = `Student ${i + 1}`;
        const email = `student-${tag}-${i + 1}@bench.example`;
        const user = await createUser(trx, { name, email, password: null, role: 'student' });
        await trx
          .insertInto('class_members')
          .values({ class_id: classId, student_id: user.id, joined_at: stamp })
          .execute();
        // The token next-auth's credentials sign-in produces: profile fields plus our uid (lib/auth/options.ts).
        const token = await encode({ token: { name, email, sub: user.id, uid: user.id }, secret });
        students.push({ id: user.id, cookie: `${SESSION_COOKIE}=${token}` });
      }
    });
    const now = Date.now();
    const assignmentIds: string[] = [];
    for (let i = 0; i < assignments; i++) {
      assignmentIds.push(
        await createAssignment(db, teacher.id, {
          classId,
          courseId: 'nk-russia-pact',
          kind: 'quiz',
          moduleId,
          opensAt: new Date(now - 60_000).toISOString(),
          dueAt: new Date(now + 86_400_000).toISOString(),
          closesAt: null,
          attemptsAllowed: 1,
          grading: 'highest',
          timeLimitMinutes: null,
          reviewPolicy: { score: 'immediately', answers: 'immediately', correctAnswers: 'never' },
        }),
      );
    }
    return { assignmentId: assignmentIds[0]!, assignmentIds, students };
  } finally {
    await db.destroy();
  }
}
