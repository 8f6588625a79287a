/**
 * A member's own dashboard links: view tokens (kind 'view') that name the member and the sign-in token
 * they are derived from (`member_token_id`). Each browser of the member has its own, which goes with its
 * token (deleted with it, and ON DELETE CASCADE besides).
 */
export type MemberLinkRow = { id: string; hash: string };

export type NewMemberLink = {
  teamId: string;
  memberId: string;
  /** The sign-in token the link is derived from. */
  tokenId: string;
  id: string;
  hash: string;
  now: number;
};

export const MEMBER_LINK_LABEL = 'Team dashboard (member’s own link)';

const INSERT_SQL = `INSERT INTO tokens (hash, id, team_id, member_id, kind, label, created_at, member_token_id)
  SELECT ?1, ?2, ?3, ?4, 'view', ?5, ?6, ?7
  WHERE EXISTS (SELECT 1 FROM tokens WHERE id = ?7 AND member_id = ?4 AND kind = 'member')`;

const bindInsert = (stmt: D1PreparedStatement, link: NewMemberLink) =>
  stmt.bind(link.hash, link.id, link.teamId, link.memberId, MEMBER_LINK_LABEL, link.now, link.tokenId);

/**
 * The dashboard link derived from the caller's token, inserted from `link` when there is none. One
 * transaction, and the insert is conditional, so two calls at once still leave one link. Links of the
 * member that name no token (none can derive them again) are deleted. Null when the token is gone.
 */
export async function ensureMemberLink(db: D1Database, link: NewMemberLink): Promise<MemberLinkRow | null> {
  const [, , found] = await db.batch<MemberLinkRow>([
    db
      .prepare(
        "DELETE FROM tokens WHERE team_id = ? AND member_id = ? AND kind = 'view' AND member_token_id IS NULL",
      )
      .bind(link.teamId, link.memberId),
    bindInsert(
      db.prepare(
        `${INSERT_SQL} AND NOT EXISTS (SELECT 1 FROM tokens WHERE kind = 'view' AND member_token_id = ?7)`,
      ),
      link,
    ),
    db
      .prepare(
        "SELECT id, hash FROM tokens WHERE kind = 'view' AND member_token_id = ? ORDER BY created_at, id LIMIT 1",
      )
      .bind(link.tokenId),
  ]);
  return found?.results[0] ?? null;
}

/** Replaces the token's dashboard link with `link` (when the stored one cannot be derived again). */
export async function replaceMemberLink(db: D1Database, link: NewMemberLink): Promise<void> {
  await db.batch([
    db.prepare("DELETE FROM tokens WHERE kind = 'view' AND member_token_id = ?").bind(link.tokenId),
    bindInsert(db.prepare(INSERT_SQL), link),
  ]);
}
