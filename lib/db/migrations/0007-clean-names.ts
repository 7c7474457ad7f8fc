import type { Kysely } from 'kysely';
import { cleanName } from '../../text/clean-name';

// Names stored before names were cleaned on the way in (lib/text/clean-name.ts) may hold bidi
// overrides, zero-width or control characters. They are cleaned here, once, rather than at every
// place a name is shown: the gradebook, rosters, CSV exports, statistics and page headers all read
// the column, and one forgotten surface would show the disguise again. A name with nothing
// readable left becomes the email's local part (users) or "Unnamed class", never empty.
// (This migration uses the rule as it was when it shipped; later changes need a new migration.)

type Tables = {
  users: { id: string; name: string; email: string };
  classes: { id: string; name: string };
};

export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  for (const user of await db.selectFrom('users').select(['id', 'name', 'email']).execute()) {
    const name = cleanName(user.name) || cleanName(user.email.split('@')[0] ?? '') || 'Student';
    if (name !== user.name) await db.updateTable('users').set({ name }).where('id', '=', user.id).execute();
  }
  for (const klass of await db.selectFrom('classes').select(['id', 'name']).execute()) {
    const name = cleanName(klass.name) || 'Unnamed class';
    if (name !== klass.name) await db.updateTable('classes').set({ name }).where('id', '=', klass.id).execute();
  }
}

// The original characters are gone by design; there is nothing to put back.
export async function down(): Promise<void> {}
