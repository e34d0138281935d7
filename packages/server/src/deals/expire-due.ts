import type { Queryable } from '../db/database.js';

/**
 * Approved registrations whose protection has run out become `expired` (unless won or lost first),
 * each with a `system` entry in its history. Run before registrations are read or changed, so the
 * rule holds without a scheduler and whichever server process answers.
 */
export async function expireDueDeals(db: Queryable, programId: string, now: Date): Promise<void> {
  await db.query(
    `WITH due AS (
       UPDATE deal_registrations
          SET status = 'expired', version = version + 1, updated_at = $2
        WHERE program_id = $1 AND status = 'approved' AND (protection->>'expires_at')::timestamptz <= $2
        RETURNING id)
     INSERT INTO deal_registration_events (deal_registration_id, at, actor, action, from_status, to_status)
     SELECT id, $2, 'system', 'expire', 'approved', 'expired' FROM due`,
    [programId, now.toISOString()],
  );
}
