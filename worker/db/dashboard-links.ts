/** A member's own dashboard link: a view token (kind 'view') that names the member who asked for it. */
export type MemberLinkRow = { id: string; hash: string };

export type NewMemberLink = { teamId: string; memberId: string; id: string; hash: string; now: number };

export const MEMBER_LINK_LABEL = 'Team dashboard (member’s own link)';

const FIRST_LINK_SQL = `SELECT id, hash FROM tokens WHERE team_id = ? AND member_id = ? AND kind = 'view'
  ORDER BY created_at, id LIMIT 1`;

/**
 * The member's dashboard link row, inserted from `link` when the member has none. One transaction, and
 * the insert is conditional, so two browsers asking at once still leave one link.
 */
export async function ensureMemberLink(db: D1Database, link: NewMemberLink): Promise<MemberLinkRow> {
  const [, found] = await db.batch<MemberLinkRow>([
    db
      .prepare(
        `INSERT INTO tokens (hash, id, team_id, member_id, kind, label, created_at)
         SELECT ?, ?, ?, ?, 'view', ?, ? WHERE NOT EXISTS
           (SELECT 1 FROM tokens WHERE team_id = ? AND member_id = ? AND kind = 'view')`,
      )
      .bind(
        link.hash,
        link.id,
        link.teamId,
        link.memberId,
        MEMBER_LINK_LABEL,
        link.now,
        link.teamId,
        link.memberId,
      ),
    db.prepare(FIRST_LINK_SQL).bind(link.teamId, link.memberId),
  ]);
  return found?.results[0] ?? link;
}

/** Replaces the member's dashboard links with `link` (when the stored one was made from another token). */
export async function replaceMemberLink(db: D1Database, link: NewMemberLink): Promise<void> {
  await db.batch([
    db
      .prepare("DELETE FROM tokens WHERE team_id = ? AND member_id = ? AND kind = 'view'")
      .bind(link.teamId, link.memberId),
    db
      .prepare(
        "INSERT INTO tokens (hash, id, team_id, member_id, kind, label, created_at) VALUES (?, ?, ?, ?, 'view', ?, ?)",
      )
      .bind(link.hash, link.id, link.teamId, link.memberId, MEMBER_LINK_LABEL, link.now),
  ]);
}
