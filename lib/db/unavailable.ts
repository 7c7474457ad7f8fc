// Errors that mean "the database cannot be reached right now", as opposed to a bug or bad data:
// PostgreSQL stopping, restarting or refusing connections, a connection dropped mid-query, or a
// SQLite file locked by another process for longer than busy_timeout. Routes answer these with
// 503 and a message (the client retries with the same idempotency key), never with a 500.

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: admin or crash
// shutdown, cannot connect now), and 53300 (too many connections).
const POSTGRES_STATE = /^(08|57P0[1-4]$|53300$)/;

const DRIVER_MESSAGES = [
  /Connection terminated/i,
  /connection timeout/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

const SQLITE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED']);

export function isDatabaseUnavailable(error: unknown): boolean {
  // Migration and transaction errors wrap the driver's; look down the cause chain a little way.
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_STATE.test(code) || SQLITE_CODES.has(code)))
      return true;
    if (DRIVER_MESSAGES.some((pattern) => pattern.test(e.message))) return true;
  }
  return false;
}
