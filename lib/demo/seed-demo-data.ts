import 'server-only';
import type { Kysely } from 'kysely';
import { createUser } from '@/lib/auth/users';
import type { Database } from '@/lib/db/schema';
import { seedDemoClass } from './seed-demo-class';
import { seedDemoRegrade } from './seed-demo-regrade';
import { DEMO_STUDENTS, DEMO_TEACHER, DEMO_USERS, DEMO_PASSWORD } from './demo-users';

export { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

// Demo accounts and a class with work in it, so a fresh `npm start` can be tried as a teacher or a
// student at once, with something to see. Seeded only into a brand-new database, and never when
// DEMO_DATA=off (set it in production); the sign-ins are listed in README.md. The app_meta key
// 'demo_seeded_at' makes it happen once: a second call adds nothing.

const DEMO_KEY = 'demo_seeded_at';
const DAY_MS = 86_400_000;

export async function seedDemoData(
  db: Kysely<Database>,
  now = new Date(),
): Promise<{ users: number; attempts: number }> {
  const done = await db.selectFrom('app_meta').select('value').where('key', '=', DEMO_KEY).executeTakeFirst();
  if (done) return { users: 0, attempts: 0 };
  // The accounts date from before the class was made, three weeks ago.
  const joined = new Date(now.getTime() - 21 * DAY_MS);
  const teacher = await createUser(db, { ...DEMO_TEACHER, password: DEMO_PASSWORD }, joined);
  const studentIds = new Map<string, string>();
  for (const student of DEMO_STUDENTS)
    studentIds.set(student.email, (await createUser(db, { ...student, password: DEMO_PASSWORD }, joined)).id);
  const demoClass = await seedDemoClass(db, teacher.id, studentIds, now);
  // Farah's self-study quiz from before a question was corrected: the regrade at start raises it.
  const regraded = await seedDemoRegrade(db, studentIds.get('farah@example.org')!, now);
  await db
    .insertInto('app_meta')
    .values({ key: DEMO_KEY, value: now.toISOString(), updated_at: now.toISOString() })
    .execute();
  return { users: DEMO_USERS.length, attempts: (demoClass?.attempts ?? 0) + (regraded ? 1 : 0) };
}
