import { KEEPS_AN_ADMIN_TOKEN } from './admin-guard';
import { CALLER_SQL } from './read-queries';
import type { TeamRow } from './teams';

/** Who is calling, always taken from the bearer token, never from the request body. */
export type Caller = {
  teamId: string;
  /** Null for view tokens (dashboard links), which belong to the team rather than a member. */
  memberId: string | null;
  role: 'admin' | 'member' | 'viewer';
  tokenId: string;
  /** The caller's team, read with the token in the same query (one round trip per request). */
  team: TeamRow;
};

type CallerRow = TeamRow & { token_id: string; member_id: string | null; kind: string; role: string | null };

/** The caller behind a token hash, or null when no such token exists (never issued, or revoked). */
export async function findCallerByTokenHash(db: D1Database, hash: string): Promise<Caller | null> {
  const row = await db.prepare(CALLER_SQL).bind(hash).first<CallerRow>();
  if (!row) return null;
  const { token_id, member_id, kind, role, ...team } = row;
  // A member's own dashboard link lives exactly as long as their membership.
  if (kind === 'view' && member_id && !role) return null;
  if (kind === 'view') return { teamId: team.id, memberId: null, role: 'viewer', tokenId: token_id, team };
  if (!member_id || (role !== 'admin' && role !== 'member')) return null;
  return { teamId: team.id, memberId: member_id, role, tokenId: token_id, team };
}

export type TokenInfoRow = {
  id: string;
  kind: 'member' | 'view';
  member_id: string | null;
  label: string | null;
  created_at: number;
};

export async function listTokens(db: D1Database, teamId: string, kind?: 'view'): Promise<TokenInfoRow[]> {
  const sql = `SELECT id, kind, member_id, label, created_at FROM tokens WHERE team_id = ?${kind ? " AND kind = 'view'" : ''} ORDER BY created_at, id`;
  const { results } = await db.prepare(sql).bind(teamId).all<TokenInfoRow>();
  return results;
}

/**
 * Revokes a token of this team. A member's token takes the dashboard link derived from it (the link must
 * not outlive the access it came from); the member's other browsers keep theirs. The last admin sign-in
 * token is refused, checked in the same
 * statements. 'not_found' when the id is unknown here (another team's tokens included).
 */
export async function revokeToken(
  db: D1Database,
  teamId: string,
  id: string,
): Promise<'done' | 'not_found' | 'last_admin'> {
  const [, revoked] = await db.batch([
    db
      .prepare(
        `DELETE FROM tokens WHERE team_id = ?1 AND kind = 'view' AND member_token_id = ?2
         AND ${KEEPS_AN_ADMIN_TOKEN}`,
      )
      .bind(teamId, id),
    db
      .prepare(`DELETE FROM tokens WHERE team_id = ?1 AND id = ?2 AND ${KEEPS_AN_ADMIN_TOKEN}`)
      .bind(teamId, id),
  ]);
  if ((revoked?.meta.changes ?? 0) > 0) return 'done';
  const exists = await db
    .prepare('SELECT 1 AS ok FROM tokens WHERE team_id = ? AND id = ?')
    .bind(teamId, id)
    .first<{ ok: number }>();
  return exists ? 'last_admin' : 'not_found';
}

/** Deletes a dashboard link of this team; false when the id names no view link here. */
export async function revokeViewLink(db: D1Database, teamId: string, id: string): Promise<boolean> {
  const res = await db
    .prepare("DELETE FROM tokens WHERE team_id = ? AND id = ? AND kind = 'view'")
    .bind(teamId, id)
    .run();
  return res.meta.changes > 0;
}

/** Adds a team-wide dashboard link unless the team already has `max` of them. */
export async function insertViewLink(
  db: D1Database,
  t: { hash: string; id: string; teamId: string; label: string | null; now: number },
  max: number,
): Promise<boolean> {
  const res = await db
    .prepare(
      `INSERT INTO tokens (hash, id, team_id, member_id, kind, label, created_at)
       SELECT ?1, ?2, ?3, NULL, 'view', ?4, ?5
       WHERE (SELECT COUNT(*) FROM tokens WHERE team_id = ?3 AND kind = 'view' AND member_id IS NULL) < ?6`,
    )
    .bind(t.hash, t.id, t.teamId, t.label, t.now, max)
    .run();
  return res.meta.changes > 0;
}
