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

export async function insertToken(
  db: D1Database,
  t: {
    hash: string;
    id: string;
    teamId: string;
    memberId: string | null;
    kind: 'member' | 'view';
    label: string | null;
    now: number;
  },
): Promise<void> {
  await db
    .prepare(
      'INSERT INTO tokens (hash, id, team_id, member_id, kind, label, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .bind(t.hash, t.id, t.teamId, t.memberId, t.kind, t.label, t.now)
    .run();
}

/** Deletes a token of this team; false when the id is unknown here (another team's tokens included). */
export async function revokeToken(
  db: D1Database,
  teamId: string,
  id: string,
  kind?: 'view',
): Promise<boolean> {
  const sql = `DELETE FROM tokens WHERE team_id = ? AND id = ?${kind ? " AND kind = 'view'" : ''}`;
  const res = await db.prepare(sql).bind(teamId, id).run();
  return res.meta.changes > 0;
}
