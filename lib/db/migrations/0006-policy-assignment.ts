import { sql, type Kysely } from 'kysely';

// The assignment whose review policy governs what an attempt may show its student. For an attempt
// at an assignment it is that assignment; for a retake of one (or a retake of such a retake) it is
// the original's, so a retake carries the assignment's review limits without counting as an
// attempt at the assignment (the gradebook and the attempt limit read `assignment_id`, not this).
// Existing rows are filled in: assigned attempts first, then retakes, one link of the chain per pass.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('attempts').addColumn('policy_assignment_id', 'text').execute();
  await backfillPolicyAssignments(db);
}

/** Fills in the column where it is empty; changes nothing on a second run. */
export async function backfillPolicyAssignments(db: Kysely<unknown>): Promise<void> {
  await sql`update attempts set policy_assignment_id = assignment_id where assignment_id is not null and policy_assignment_id is null`.execute(
    db,
  );
  for (let pass = 0; pass < 100; pass++) {
    const result = await sql`
      update attempts set policy_assignment_id = (select source.policy_assignment_id from attempts source where source.id = attempts.source_attempt_id)
      where policy_assignment_id is null and source_attempt_id is not null
        and exists (select 1 from attempts source where source.id = attempts.source_attempt_id and source.policy_assignment_id is not null)`.execute(
      db,
    );
    if (Number(result.numAffectedRows ?? 0) === 0) break;
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('attempts').dropColumn('policy_assignment_id').execute();
}
