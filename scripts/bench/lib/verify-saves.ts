// After a load test: did the database keep exactly what the server acknowledged? Opens the SQLite
// file read-only (the server is stopped by then, so this also shows acknowledged saves survived
// the shutdown) and compares answer_saves with what the clients sent and what was answered 200.
import Database from 'better-sqlite3';

/** How a save is identified in answer_saves: its attempt and its idempotency key. */
export const saveId = (attemptId: string, idempotencyKey: string): string => `${attemptId}\u0000${idempotencyKey}`;

export type SaveCheck = {
  ok: boolean;
  rows: number;
  acknowledged: number;
  /** Acknowledged saves with no row, and with more than one. */
  missing: number;
  duplicated: number;
  /** Rows whose (attempt, key) no client sent. */
  unknown: number;
  /** Saves that were sent but not acknowledged (an error or timeout) and were stored anyway. */
  storedUnacknowledged: number;
};

export function verifySaves(file: string, acknowledged: readonly string[], sent: ReadonlySet<string>): SaveCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  let counts: Map<string, number>;
  try {
    const rows = db
      .prepare(
        'SELECT attempt_id, idempotency_key, COUNT(*) AS n FROM answer_saves GROUP BY attempt_id, idempotency_key',
      )
      .all() as { attempt_id: string; idempotency_key: string; n: number }[];
    counts = new Map(rows.map((r) => [saveId(r.attempt_id, r.idempotency_key), r.n]));
  } finally {
    db.close();
  }
  const acked = new Set(acknowledged);
  let missing = 0;
  let duplicated = 0;
  for (const id of acked) {
    const n = counts.get(id) ?? 0;
    if (n === 0) missing++;
    else if (n > 1) duplicated++;
  }
  // A key acknowledged twice would mean two saves shared a key: the client never does that.
  duplicated += acknowledged.length - acked.size;
  let unknown = 0;
  let storedUnacknowledged = 0;
  for (const id of counts.keys()) {
    if (!sent.has(id)) unknown++;
    else if (!acked.has(id)) storedUnacknowledged++;
  }
  return {
    ok: missing === 0 && duplicated === 0 && unknown === 0,
    rows: [...counts.values()].reduce((n, c) => n + c, 0),
    acknowledged: acknowledged.length,
    missing,
    duplicated,
    unknown,
    storedUnacknowledged,
  };
}
