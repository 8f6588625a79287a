import { type GuardedOutcome, guardedOutcome, keepsAnAdmin } from './admin-guard';

export type MemberRow = {
  id: string;
  display_name: string | null;
  role: 'admin' | 'member';
  created_at: number;
};

export async function listMembers(db: D1Database, teamId: string): Promise<MemberRow[]> {
  const { results } = await db
    .prepare(
      'SELECT id, display_name, role, created_at FROM members WHERE team_id = ? ORDER BY created_at, id',
    )
    .bind(teamId)
    .all<MemberRow>();
  return results;
}

export type FormerMemberRow = { id: string; left_at: number | null };

/**
 * Members who are gone (left or removed without erasure) while the team still holds their records, with
 * when they went while their gone token is remembered (90 days). Their chores are found by a loose index
 * scan of (team_id, member_id, key): one seek per distinct member, not one row per chore.
 */
export async function listFormerMembers(db: D1Database, teamId: string): Promise<FormerMemberRow[]> {
  const { results } = await db
    .prepare(
      `WITH RECURSIVE held(id) AS (
         SELECT MIN(member_id) FROM chores WHERE team_id = ?1
         UNION ALL
         SELECT (SELECT MIN(member_id) FROM chores WHERE team_id = ?1 AND member_id > held.id) FROM held
         WHERE held.id IS NOT NULL)
       SELECT held.id, (SELECT MAX(at) FROM gone_tokens g WHERE g.team_id = ?1 AND g.member_id = held.id) AS left_at
       FROM held WHERE held.id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM members WHERE id = held.id AND team_id = ?1)
       ORDER BY left_at DESC, held.id`,
    )
    .bind(teamId)
    .all<FormerMemberRow>();
  return results;
}

/** True when the team holds records of a member who is no longer in it (listFormerMembers). */
export async function isFormerMember(db: D1Database, teamId: string, memberId: string): Promise<boolean> {
  const row = await db
    .prepare(
      `SELECT 1 AS ok FROM chores WHERE team_id = ?1 AND member_id = ?2
         AND NOT EXISTS (SELECT 1 FROM members WHERE id = ?2) LIMIT 1`,
    )
    .bind(teamId, memberId)
    .first<{ ok: number }>();
  return row !== null;
}

export async function countMembers(db: D1Database, teamId: string): Promise<number> {
  const row = await db
    .prepare('SELECT COUNT(*) AS n FROM members WHERE team_id = ?')
    .bind(teamId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export type Joiner = {
  teamId: string;
  inviteHash: string;
  memberId: string;
  displayName: string | null;
  tokenId: string;
  tokenHash: string;
  now: number;
  maxMembers: number;
};

/**
 * Adds the member with their token and spends the invite code, in one transaction, only while the code
 * is open (unused, unexpired) and the team has fewer than `maxMembers`: two joins racing with one code,
 * or for the last place, cannot both get in. False when nothing was written.
 */
export async function joinWithInvite(db: D1Database, j: Joiner): Promise<boolean> {
  const joined = 'EXISTS (SELECT 1 FROM members WHERE id = ?)';
  const [member] = await db.batch([
    db
      .prepare(
        `INSERT INTO members (id, team_id, display_name, role, created_at) SELECT ?1, ?2, ?3, 'member', ?4
         WHERE EXISTS (SELECT 1 FROM invites WHERE hash = ?5 AND team_id = ?2 AND used_at IS NULL AND expires_at > ?4)
           AND (SELECT COUNT(*) FROM members WHERE team_id = ?2) < ?6`,
      )
      .bind(j.memberId, j.teamId, j.displayName, j.now, j.inviteHash, j.maxMembers),
    db
      .prepare(`UPDATE invites SET used_at = ? WHERE hash = ? AND used_at IS NULL AND ${joined}`)
      .bind(j.now, j.inviteHash, j.memberId),
    db
      .prepare(
        `INSERT INTO tokens (hash, id, team_id, member_id, kind, created_at)
         SELECT ?, ?, ?, ?, 'member', ? WHERE ${joined}`,
      )
      .bind(j.tokenHash, j.tokenId, j.teamId, j.memberId, j.now, j.memberId),
  ]);
  return (member?.meta.changes ?? 0) > 0;
}

/** Sets a member's role; a demotion that would leave the team without an admin is refused. */
export async function setRole(
  db: D1Database,
  teamId: string,
  memberId: string,
  role: 'admin' | 'member',
): Promise<GuardedOutcome> {
  const guard = keepsAnAdmin(teamId, memberId);
  const res = await db
    .prepare(`UPDATE members SET role = ? WHERE team_id = ? AND id = ? AND (? = 'admin' OR ${guard.sql})`)
    .bind(role, teamId, memberId, role, ...guard.args)
    .run();
  return guardedOutcome(db, teamId, memberId, res.meta.changes);
}
