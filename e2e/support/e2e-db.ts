import SQLite from 'better-sqlite3';
import pg from 'pg';

// The browser tests' own database, opened directly (the same URL playwright.config.ts gives the
// server), for what no HTTP request may do: change a user's role as an administrator would, and
// read every row a hostile request could have touched, to prove it did not. The app has no test
// hook for either.

const URL_ = process.env.E2E_DATABASE_URL ?? 'file:data/e2e.db';
type Row = Record<string, unknown>;

export type E2eDb = {
  all: (query: string, params?: unknown[]) => Promise<Row[]>;
  run: (query: string, params?: unknown[]) => Promise<void>;
  close: () => Promise<void>;
};

/** The canary server's own database (playwright.config.ts). */
export const CANARY_DATABASE_URL = 'file:data/e2e-canary.db';

/** Opens the e2e database (or the one at `url`); queries use `?` placeholders on both backends. */
export async function openE2eDb(url = URL_): Promise<E2eDb> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const numbered = (query: string) => {
      let n = 0;
      return query.replace(/\?/g, () => `$${++n}`);
    };
    return {
      all: async (query, params = []) => (await client.query(numbered(query), params)).rows as Row[],
      run: async (query, params = []) => void (await client.query(numbered(query), params)),
      close: () => client.end(),
    };
  }
  const db = new SQLite(url.replace(/^file:(\/\/)?/, ''), { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return {
    all: async (query, params = []) => db.prepare(query).all(...params) as Row[],
    run: async (query, params = []) => void db.prepare(query).run(...params),
    close: async () => void db.close(),
  };
}

/**
 * Every row that belongs to these users, in a stable order: their accounts, classes, rosters,
 * assignments, overrides, attempts, answers and lessons read. Equal snapshots before and after a
 * request mean the request changed none of their data.
 */
export async function snapshotOf(db: E2eDb, userIds: string[]): Promise<string> {
  const ids = userIds.map(() => '?').join(', ');
  const classes = `select id from classes where teacher_id in (${ids})`;
  const attempts = `select id from attempts where owner_id in (${ids})`;
  const queries: [string, string, unknown[]][] = [
    ['users', `select id, email, name, role, session_version from users where id in (${ids}) order by id`, userIds],
    ['classes', `select * from classes where teacher_id in (${ids}) order by id`, userIds],
    [
      'class_members',
      `select * from class_members where class_id in (${classes}) or student_id in (${ids}) order by class_id, student_id`,
      [...userIds, ...userIds],
    ],
    ['assignments', `select * from assignments where class_id in (${classes}) order by id`, userIds],
    [
      'grade_overrides',
      `select * from grade_overrides where teacher_id in (${ids}) or student_id in (${ids}) order by id`,
      [...userIds, ...userIds],
    ],
    ['attempts', `select * from attempts where owner_id in (${ids}) order by id`, userIds],
    ['answers', `select * from answers where attempt_id in (${attempts}) order by attempt_id, question_id`, userIds],
    ['lesson_reads', `select * from lesson_reads where owner_id in (${ids}) order by course_id, module_id`, userIds],
  ];
  const out: Record<string, Row[]> = {};
  for (const [name, query, params] of queries) out[name] = await db.all(query, params);
  return JSON.stringify(out, null, 1);
}

export async function userIdOf(db: E2eDb, email: string): Promise<string> {
  const [row] = await db.all('select id from users where email = ?', [email.toLowerCase()]);
  if (!row) throw new Error(`no user ${email} in the e2e database`);
  return String(row.id);
}
