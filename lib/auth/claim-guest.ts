import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

export type ClaimOutcome = { isClaimed: boolean; attemptsMoved: number; lessonsMoved: number };

/**
 * Moves everything a guest did into an account, exactly once: the claim row (guest id as primary
 * key) is written in the same transaction as the move, so a retried or concurrent claim finds it
 * and moves nothing. Where guest and account each have an attempt in progress at the same quiz,
 * the one worked on most recently stays in progress and the other is marked superseded (kept, not
 * deleted).
 */
export async function claimGuest(
  db: Kysely<Database>,
  guestId: string,
  userId: string,
  now = new Date(),
): Promise<ClaimOutcome> {
  return db.transaction().execute(async (trx) => {
    const claim = await trx
      .insertInto('guest_claims')
      .values({ guest_id: guestId, user_id: userId, claimed_at: now.toISOString() })
      .onConflict((oc) => oc.column('guest_id').doNothing())
      .executeTakeFirst();
    if (Number(claim.numInsertedOrUpdatedRows ?? 0) === 0)
      return { isClaimed: false, attemptsMoved: 0, lessonsMoved: 0 };

    const inProgress = await trx
      .selectFrom('attempts')
      .select(['id', 'owner_id', 'target_key', 'updated_at'])
      .where('owner_id', 'in', [guestId, userId])
      .where('status', '=', 'in_progress')
      .execute();
    for (const guestAttempt of inProgress.filter((a) => a.owner_id === guestId)) {
      const userAttempt = inProgress.find((a) => a.owner_id === userId && a.target_key === guestAttempt.target_key);
      if (!userAttempt) continue;
      const older = guestAttempt.updated_at >= userAttempt.updated_at ? userAttempt : guestAttempt;
      await trx
        .updateTable('attempts')
        .set({ status: 'superseded', updated_at: now.toISOString() })
        .where('id', '=', older.id)
        .execute();
    }
    const moved = await trx
      .updateTable('attempts')
      .set({ owner_id: userId })
      .where('owner_id', '=', guestId)
      .executeTakeFirst();

    const reads = await trx.selectFrom('lesson_reads').selectAll().where('owner_id', '=', guestId).execute();
    for (const read of reads) {
      await trx
        .insertInto('lesson_reads')
        .values({ ...read, owner_id: userId })
        .onConflict((oc) => oc.columns(['owner_id', 'course_id', 'module_id']).doNothing())
        .execute();
    }
    await trx.deleteFrom('lesson_reads').where('owner_id', '=', guestId).execute();
    return { isClaimed: true, attemptsMoved: Number(moved.numUpdatedRows), lessonsMoved: reads.length };
  });
}
