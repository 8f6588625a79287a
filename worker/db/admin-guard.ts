/** A condition appended to a statement's WHERE, with its arguments. */
export type Guard = { sql: string; args: unknown[] };

/**
 * SQL true when an admin of the team (bound at `team`) holds a live sign-in token (any `tokens` row of
 * kind 'member': one per device), leaving out what `except` rules out (a condition on the admin `m` or
 * their token `t`): somebody can still sign in and run the team.
 */
const adminWithTokenRemains = (team: string, except: string) =>
  `EXISTS (SELECT 1 FROM members m JOIN tokens t ON t.member_id = m.id AND t.kind = 'member'
    WHERE m.team_id = ${team} AND m.role = 'admin' AND ${except})`;

/**
 * True when removing, demoting or erasing the member leaves the team an admin with a live token: the
 * member is not an admin, or another admin holds a token. Checked inside each write statement (not read
 * before it), so two admins acting at once are decided one after the other by D1 and cannot leave the
 * team with no admin anyone can sign in as.
 */
export const keepsAnAdmin = (teamId: string, memberId: string): Guard => ({
  sql: `(NOT EXISTS (SELECT 1 FROM members WHERE id = ? AND role = 'admin')
    OR ${adminWithTokenRemains('?', 'm.id != ?')})`,
  args: [memberId, teamId, memberId],
});

/**
 * The same rule for revoking a token (team at ?1, token id at ?2): true unless the token is an admin's
 * sign-in token and no other admin sign-in token remains (the admin's other devices count).
 */
export const KEEPS_AN_ADMIN_TOKEN = `(NOT EXISTS (SELECT 1 FROM tokens t JOIN members m ON m.id = t.member_id
    WHERE t.team_id = ?1 AND t.id = ?2 AND t.kind = 'member' AND m.role = 'admin')
  OR ${adminWithTokenRemains('?1', 't.id != ?2')})`;

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
