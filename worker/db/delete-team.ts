import type { Guard } from './admin-guard';

/** Every table holding a team's rows by team_id; the team row itself goes last. */
const TEAM_TABLES = [
  'occurrences',
  'chores',
  'member_week_totals',
  'week_totals',
  'chore_keys',
  'invites',
  'pairing_codes',
  'tokens',
] as const;

/**
 * Deletes a team whole, in one transaction and only while `guard` holds (checked in every statement;
 * the guard reads members, which are deleted last). The members' tokens, except `eraser`'s (who asked
 * for everything to go), are remembered as gone tokens, so a member's next call is told the team was
 * deleted; members who left earlier are told the same. True when the team was deleted.
 */
export async function deleteTeam(
  db: D1Database,
  teamId: string,
  now: number,
  guard: Guard,
  eraser: string | null = null,
): Promise<boolean> {
  const guarded = (sql: string, ...args: unknown[]) =>
    db.prepare(`${sql} AND ${guard.sql}`).bind(...args, ...guard.args);
  const results = await db.batch([
    guarded(
      `INSERT OR REPLACE INTO gone_tokens (hash, team_id, member_id, reason, at)
       SELECT hash, team_id, member_id, 'team_deleted', ? FROM tokens
       WHERE team_id = ? AND kind = 'member' AND member_id IS NOT NULL AND member_id IS NOT ?`,
      now,
      teamId,
      eraser,
    ),
    guarded("UPDATE gone_tokens SET reason = 'team_deleted' WHERE team_id = ?", teamId),
    ...TEAM_TABLES.map((table) => guarded(`DELETE FROM ${table} WHERE team_id = ?`, teamId)),
    guarded('DELETE FROM teams WHERE id = ?', teamId),
    // Members go with their team (ON DELETE CASCADE); said again here in case foreign keys are off.
    db
      .prepare('DELETE FROM members WHERE team_id = ?1 AND NOT EXISTS (SELECT 1 FROM teams WHERE id = ?1)')
      .bind(teamId),
  ]);
  return (results.at(-2)?.meta.changes ?? 0) > 0;
}

/** The caller is still an admin of the team when the deletion runs. */
export const stillAdmin = (teamId: string, memberId: string): Guard => ({
  sql: "EXISTS (SELECT 1 FROM members WHERE team_id = ? AND id = ? AND role = 'admin')",
  args: [teamId, memberId],
});

/** Nobody but the member is in the team when the deletion runs (a solo admin erasing). */
export const aloneIn = (teamId: string, memberId: string): Guard => ({
  sql: 'NOT EXISTS (SELECT 1 FROM members WHERE team_id = ? AND id != ?)',
  args: [teamId, memberId],
});
