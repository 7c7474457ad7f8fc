// After a burst or a crash: did the database keep exactly what the server acknowledged? Compares
// answer_saves with the saves the clients sent and saw acknowledged, and the attempts with the
// submits they saw: every acknowledged save stored once, nothing stored that nobody sent, every
// acknowledged submit stored as submitted with the score of its stored answers, no attempt
// submitted twice (two 200 answers to submits of one attempt), one attempt per student.
import Database from 'better-sqlite3';
import type { DatabaseConfig } from '../../../lib/db/config';
import { createDb } from '../../../lib/db/connect';
import { saveKey, type Ledger } from './student';

export type BurstCheck = {
  ok: boolean;
  saveRows: number;
  acknowledgedSaves: number;
  missingSaves: number;
  duplicatedSaves: number;
  unknownSaves: number;
  storedUnacknowledged: number;
  attempts: number;
  acknowledgedSubmits: number;
  submitsNotStored: number;
  submittedTwice: number;
  wrongScores: number;
  studentsWithSeveralAttempts: number;
  /** SQLite only: PRAGMA integrity_check. */
  integrity?: string;
};

export async function verifyBurst(
  config: DatabaseConfig,
  assignment: string | string[],
  ledger: Ledger,
): Promise<BurstCheck> {
  const assignmentIds = [assignment].flat();
  const db = createDb(config);
  try {
    const saves = await db
      .selectFrom('answer_saves')
      .innerJoin('attempts', 'attempts.id', 'answer_saves.attempt_id')
      .select(['answer_saves.attempt_id', 'answer_saves.idempotency_key'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('attempts.assignment_id', 'in', assignmentIds)
      .groupBy(['answer_saves.attempt_id', 'answer_saves.idempotency_key'])
      .execute();
    const counts = new Map(saves.map((r) => [saveKey(r.attempt_id, r.idempotency_key), Number(r.n)]));
    const acked = new Set(ledger.acknowledged);
    let missingSaves = 0;
    let duplicatedSaves = ledger.acknowledged.length - acked.size;
    for (const id of acked) {
      const n = counts.get(id) ?? 0;
      if (n === 0) missingSaves++;
      else if (n > 1) duplicatedSaves++;
    }
    let unknownSaves = 0;
    let storedUnacknowledged = 0;
    for (const id of counts.keys()) {
      if (!ledger.sent.has(id)) unknownSaves++;
      else if (!acked.has(id)) storedUnacknowledged++;
    }

    const attempts = await db
      .selectFrom('attempts')
      .select(['id', 'owner_id', 'assignment_id', 'status', 'score'])
      .where('assignment_id', 'in', assignmentIds)
      .execute();
    const sums = await db
      .selectFrom('answers')
      .innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
      .select('answers.attempt_id')
      .select((eb) => eb.fn.sum<number>('answers.score').as('total'))
      .where('attempts.assignment_id', 'in', assignmentIds)
      .groupBy('answers.attempt_id')
      .execute();
    const totals = new Map(sums.map((r) => [r.attempt_id, Number(r.total)]));
    const byId = new Map(attempts.map((a) => [a.id, a]));
    const submitsNotStored = [...ledger.submitted].filter((id) => byId.get(id)?.status !== 'submitted').length;
    const submittedTwice = [...ledger.submitOks.values()].filter((n) => n > 1).length;
    // Scores are `real`: single precision on PostgreSQL, so compare to a tolerance below any partial credit.
    const wrongScores = attempts.filter(
      (a) => a.status === 'submitted' && Math.abs((a.score ?? -1) - (totals.get(a.id) ?? 0)) > 1e-3,
    ).length;
    const perOwner = new Map<string, number>();
    for (const a of attempts)
      perOwner.set(`${a.owner_id} ${a.assignment_id}`, (perOwner.get(`${a.owner_id} ${a.assignment_id}`) ?? 0) + 1);
    const studentsWithSeveralAttempts = [...perOwner.values()].filter((n) => n > 1).length;

    const integrity = config.kind === 'sqlite' ? sqliteIntegrity(config.file) : undefined;
    return {
      ok:
        missingSaves === 0 &&
        duplicatedSaves === 0 &&
        unknownSaves === 0 &&
        submitsNotStored === 0 &&
        submittedTwice === 0 &&
        wrongScores === 0 &&
        studentsWithSeveralAttempts === 0 &&
        (integrity === undefined || integrity === 'ok'),
      saveRows: [...counts.values()].reduce((n, c) => n + c, 0),
      acknowledgedSaves: ledger.acknowledged.length,
      missingSaves,
      duplicatedSaves,
      unknownSaves,
      storedUnacknowledged,
      attempts: attempts.length,
      acknowledgedSubmits: ledger.submitted.size,
      submitsNotStored,
      submittedTwice,
      wrongScores,
      studentsWithSeveralAttempts,
      integrity,
    };
  } finally {
    await db.destroy();
  }
}

function sqliteIntegrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

export function describeCheck(c: BurstCheck): string[] {
  return [
    `answer_saves rows: ${c.saveRows}; acknowledged saves: ${c.acknowledgedSaves}; missing: ${c.missingSaves}; stored more than once: ${c.duplicatedSaves}; ` +
      `never sent: ${c.unknownSaves}; stored though unacknowledged (retried or given up): ${c.storedUnacknowledged}`,
    `attempts: ${c.attempts}; acknowledged submits: ${c.acknowledgedSubmits}; not stored as submitted: ${c.submitsNotStored}; ` +
      `submitted twice: ${c.submittedTwice}; score differs from stored answers: ${c.wrongScores}; students with more than one attempt: ${c.studentsWithSeveralAttempts}` +
      (c.integrity === undefined ? '' : `; SQLite integrity_check: ${c.integrity}`),
    `zero lost or duplicated: ${c.ok ? 'yes' : 'NO'}`,
  ];
}
