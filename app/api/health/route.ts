// GET /api/health – is the app up and its database answering? 200 {ok, database} or 503; no auth, no user data.
import { sql } from 'kysely';
import { getDb } from '@/lib/db';
import { resolveDatabaseConfig } from '@/lib/db/config';
import { apiRoute } from '@/lib/http/api-route';

const headers = { 'Cache-Control': 'no-store' };
// A load balancer wants an answer, not a hung probe, when the database server is unreachable.
const TIMEOUT_MS = 3000;

async function checkDatabase(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    await Promise.race([(async () => sql`select 1`.execute(await getDb()))(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// The probe answers its own outage (503 {ok: false}), so the wrapper opens no connection first.
export const GET = apiRoute({ auth: 'public', database: false }, async () => {
  let database: 'sqlite' | 'postgres' | undefined;
  try {
    database = resolveDatabaseConfig().kind;
    await checkDatabase();
    return Response.json({ ok: true, database }, { headers });
  } catch (error) {
    // The reason goes to the log, not to whoever asks: it may name hosts or files.
    console.error('[health] database check failed:', error);
    return Response.json({ ok: false, database, error: 'The database is not answering.' }, { status: 503, headers });
  }
});
