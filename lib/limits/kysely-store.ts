import 'server-only';
import type { Kysely } from 'kysely';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimiterStoreAbstract } from './store-abstract';
import type { Database } from '@/lib/db/schema';

// rate-limiter-flexible's counters in our own database, through the app's Kysely client. The
// library's RateLimiterPostgres and RateLimiterSQLite each serve one backend, open their own
// connection (on SQLite, beside the server's group-commit client, lib/db/group-commit.ts) and make
// their own table with epoch-number columns; this store keeps the library's algorithm (the same
// single-statement upsert as RateLimiterPostgres) on one migrated table that works on both
// backends with ISO text times, so several instances on PostgreSQL share every limit.

type Row = { points: number; expires_at: string | null };

type Options = { keyPrefix: string; points: number; duration: number; blockDuration?: number };

/** Rows that expired over an hour ago are swept at most this often, per process. */
const SWEEP_EVERY_MS = 5 * 60 * 1000;
const lastSweep = { at: 0 };

export class RateLimiterKysely extends RateLimiterStoreAbstract {
  constructor(
    readonly db: Kysely<Database>,
    options: Options,
  ) {
    super({ ...options, storeClient: db });
  }

  _getRateLimiterRes(_rlKey: string, changedPoints: number, row: Row): RateLimiterRes {
    const isFirstInDuration = changedPoints === row.points;
    const consumed = isFirstInDuration ? changedPoints : row.points;
    const msBeforeNext = row.expires_at ? Math.max(Date.parse(row.expires_at) - Date.now(), 0) : -1;
    return new RateLimiterRes(Math.max(this.points - consumed, 0), msBeforeNext, consumed, isFirstInDuration);
  }

  async _upsert(rlKey: string, points: number, msDuration: number, forceExpire = false): Promise<Row> {
    const now = Date.now();
    const nowIso = new Date(now).toISOString();
    const expiresAt = msDuration > 0 ? new Date(now + msDuration).toISOString() : null;
    this.sweepExpired(now);
    // A live row adds the points and keeps its expiry; an expired one (or a forced set) starts over.
    return this.db
      .insertInto('rate_limits')
      .values({ key: rlKey, points, expires_at: expiresAt })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => {
          const isExpired = eb.and([
            eb('rate_limits.expires_at', 'is not', null),
            eb('rate_limits.expires_at', '<=', nowIso),
          ]);
          if (forceExpire) return { points, expires_at: expiresAt };
          return {
            points: eb
              .case()
              .when(isExpired)
              .then(points)
              .else(eb('rate_limits.points', '+', points))
              .end(),
            expires_at: eb.case().when(isExpired).then(expiresAt).else(eb.ref('rate_limits.expires_at')).end(),
          };
        }),
      )
      .returning(['points', 'expires_at'])
      .executeTakeFirstOrThrow();
  }

  async _get(rlKey: string): Promise<Row | null> {
    const nowIso = new Date().toISOString();
    const row = await this.db
      .selectFrom('rate_limits')
      .select(['points', 'expires_at'])
      .where('key', '=', rlKey)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', nowIso)]))
      .executeTakeFirst();
    return row ?? null;
  }

  async _delete(rlKey: string): Promise<boolean> {
    const result = await this.db.deleteFrom('rate_limits').where('key', '=', rlKey).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Expired rows change nothing (an upsert restarts them) but would pile up; sweeping is best effort. */
  private sweepExpired(now: number): void {
    if (now - lastSweep.at < SWEEP_EVERY_MS) return;
    lastSweep.at = now;
    const before = new Date(now - 60 * 60 * 1000).toISOString();
    this.db
      .deleteFrom('rate_limits')
      .where('expires_at', '<', before)
      .execute()
      .catch((error: unknown) =>
        console.warn('[limits] could not sweep expired rate limits:', (error as Error).message),
      );
  }
}
