import 'server-only';
import type { Kysely } from 'kysely';
import { createUser } from '@/lib/auth/users';
import type { Database } from '@/lib/db/schema';

// Demo accounts, so a fresh `npm start` can be tried as a teacher or a student at once. Seeded
// only into a brand-new database, and never when DEMO_DATA=off (set it in production). The
// sign-ins are listed in README.md.

export const DEMO_PASSWORD = 'sourcewise-demo';
export const DEMO_USERS = [
  { name: 'Ms. Demo Teacher', email: 'teacher@example.org', role: 'teacher' },
  { name: 'Ana Student', email: 'ana@example.org', role: 'student' },
  { name: 'Ben Student', email: 'ben@example.org', role: 'student' },
  { name: 'Chloé Student', email: 'chloe@example.org', role: 'student' },
] as const;

export async function seedDemoData(db: Kysely<Database>, now = new Date()): Promise<{ users: number }> {
  const done = await db.selectFrom('app_meta').select('value').where('key', '=', 'demo_seeded_at').executeTakeFirst();
  if (done) return { users: 0 };
  for (const user of DEMO_USERS) await createUser(db, { ...user, password: DEMO_PASSWORD }, now);
  await db.insertInto('app_meta').values({ key: 'demo_seeded_at', value: now.toISOString(), updated_at: now.toISOString() }).execute();
  return { users: DEMO_USERS.length };
}
