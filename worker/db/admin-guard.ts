/** A condition appended to a statement's WHERE, with its arguments. */
export type Guard = { sql: string; args: unknown[] };

/**
 * True when removing or demoting the member leaves the team an admin: the member is not an admin, or
 * another admin exists. Checked inside each write statement (not read before it), so two admins acting
 * at once are decided one after the other by D1 and cannot both go: a team keeps at least one admin.
 */
export const keepsAnAdmin = (teamId: string, memberId: string): Guard => ({
  sql: `(NOT EXISTS (SELECT 1 FROM members WHERE id = ? AND role = 'admin')
    OR EXISTS (SELECT 1 FROM members WHERE team_id = ? AND role = 'admin' AND id != ?))`,
  args: [memberId, teamId, memberId],
});

/** What an act guarded by keepsAnAdmin came to. */
export type GuardedOutcome = 'done' | 'not_found' | 'last_admin';

/** The outcome of a guarded write that changed `changed` rows of the member. */
export async function guardedOutcome(
  db: D1Database,
  teamId: string,
  memberId: string,
  changed: number,
): Promise<GuardedOutcome> {
  if (changed > 0) return 'done';
  return (await isMember(db, teamId, memberId)) ? 'last_admin' : 'not_found';
}

export async function isMember(db: D1Database, teamId: string, memberId: string): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS ok FROM members WHERE team_id = ? AND id = ?')
    .bind(teamId, memberId)
    .first<{ ok: number }>();
  return row !== null;
}
