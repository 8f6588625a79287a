import { type Guard, type GuardedOutcome, guardedOutcome, keepsAnAdmin } from './admin-guard';

/** Why a member's tokens stopped working, as their token is told (401 with this `error`). */
export type ExitReason = 'left' | 'removed';

const where = (guard: Guard) => `AND ${guard.sql}`;

/**
 * Statements ending a membership, each only if the team keeps an admin (the membership's delete is the
 * last one, so the guard reads the same members throughout). With a reason, the member's tokens are
 * remembered as gone tokens, so they are told why they stopped working and can still erase; their
 * private-chore tombstones, tokens (their dashboard link included) and membership are deleted.
 */
export function exitStatements(
  db: D1Database,
  teamId: string,
  memberId: string,
  reason: ExitReason | null,
  now: number,
): D1PreparedStatement[] {
  const guard = keepsAnAdmin(teamId, memberId);
  const remember = db
    .prepare(
      `INSERT OR REPLACE INTO gone_tokens (hash, team_id, member_id, reason, at)
       SELECT hash, team_id, member_id, ?, ? FROM tokens
       WHERE team_id = ? AND member_id = ? AND kind = 'member' ${where(guard)}`,
    )
    .bind(reason, now, teamId, memberId, ...guard.args);
  return [
    ...(reason ? [remember] : []),
    // Private-chore tombstones go with the membership (said here, not left to the foreign key, so that the
    // team's record counter loses exactly what goes).
    db
      .prepare(
        `UPDATE teams SET record_count = record_count
           - (SELECT COUNT(*) FROM private_chores WHERE team_id = ? AND member_id = ?)
         WHERE id = ? ${where(guard)}`,
      )
      .bind(teamId, memberId, teamId, ...guard.args),
    db
      .prepare(`DELETE FROM private_chores WHERE team_id = ? AND member_id = ? ${where(guard)}`)
      .bind(teamId, memberId, ...guard.args),
    db
      .prepare(`DELETE FROM tokens WHERE team_id = ? AND member_id = ? ${where(guard)}`)
      .bind(teamId, memberId, ...guard.args),
    db
      .prepare(`DELETE FROM members WHERE team_id = ? AND id = ? ${where(guard)}`)
      .bind(teamId, memberId, ...guard.args),
  ];
}

/** Ends a membership (leaving, or removed by an admin); their records stay in the team totals. */
export async function exitMember(
  db: D1Database,
  teamId: string,
  memberId: string,
  reason: ExitReason,
  now: number,
): Promise<GuardedOutcome> {
  const results = await db.batch(exitStatements(db, teamId, memberId, reason, now));
  return guardedOutcome(db, teamId, memberId, results.at(-1)?.meta.changes ?? 0);
}
