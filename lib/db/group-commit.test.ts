import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '@/lib/attempts/save-answer';
import { rightAnswer } from '@/scripts/testing/attempts/answers';
import { classroom, at } from '@/scripts/testing/assignments/classroom';
import { startAssignmentAttempt } from '@/lib/assignments/start-assignment-attempt';
import { createDb } from './connect';
import { migrateToLatest } from './migrate';
import { createSqliteTestDatabase, type TestDatabase } from '@/scripts/testing/db/test-backends';

// The server's SQLite client lets concurrent requests share a commit (lib/db/group-commit.ts).
// What a user relies on must not change: an acknowledged write is committed (another connection
// sees it at once), a failed transaction undoes only its own work, parallel saves all land once.

describe('SQLite group commit', () => {
  const open: { close: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const o of open.splice(0).reverse()) await o.close();
  });

  async function fresh() {
    const database: TestDatabase = createSqliteTestDatabase();
    const migrator = createDb(database.config);
    await migrateToLatest(migrator);
    await migrator.destroy();
    const db = createDb(database.config, { groupCommit: true });
    open.push({ close: async () => database.drop() }, { close: () => db.destroy() });
    const file = database.config.kind === 'sqlite' ? database.config.file : '';
    const other = new Database(file, { readonly: true });
    open.push({ close: async () => void other.close() });
    return { db, other };
  }

  it('50 parallel saves of one class are all stored once, and visible to another connection when acknowledged', async () => {
    const { db, other } = await fresh();
    const { students, assign } = await classroom(
      db,
      Array.from({ length: 10 }, (_, i) => `S${i}`),
    );
    const assignmentId = await assign();
    const attempts = await Promise.all(students.map((s) => startAssignmentAttempt(db, assignmentId, s.id, at(60))));
    const saves = attempts.flatMap((attemptId, i) =>
      Array.from({ length: 5 }, async (_, q) => {
        const row = await db
          .selectFrom('attempts')
          .select('question_ids')
          .where('id', '=', attemptId)
          .executeTakeFirstOrThrow();
        const questionId = (JSON.parse(row.question_ids) as string[])[q]!;
        const key = `key-${i}-${q}-abcdef`;
        await saveAnswer(
          db,
          {
            attemptId,
            ownerId: students[i]!.id,
            questionId,
            response: await rightAnswer(db, attemptId, questionId),
            idempotencyKey: key,
          },
          at(120),
        );
        // Acknowledged means committed: a separate connection sees it now.
        expect(other.prepare('select count(*) as n from answer_saves where idempotency_key = ?').get(key)).toEqual({
          n: 1,
        });
      }),
    );
    await Promise.all(saves);
    expect(other.prepare('select count(*) as n from answer_saves').get()).toEqual({ n: 50 });
    expect(other.prepare('select count(*) as n from answers').get()).toEqual({ n: 50 });
  });

  it('a transaction that fails undoes only its own writes, not those of others committed with it', async () => {
    const { db, other } = await fresh();
    const stamp = new Date().toISOString();
    const write = (key: string) => db.insertInto('app_meta').values({ key, value: 'v', updated_at: stamp }).execute();
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('app_meta').values({ key: 'undone', value: 'v', updated_at: stamp }).execute();
      throw new Error('changed my mind');
    });
    const results = await Promise.allSettled([
      write('first'),
      db
        .transaction()
        .execute(async (trx) =>
          trx.insertInto('app_meta').values({ key: 'kept', value: 'v', updated_at: stamp }).execute(),
        ),
      failing,
      write('last'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const keys = (
      other.prepare("select key from app_meta where key <> 'created_at' order by key").all() as { key: string }[]
    ).map((r) => r.key);
    expect(keys).toEqual(['first', 'kept', 'last']);
  });
});
