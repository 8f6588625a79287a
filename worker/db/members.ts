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

export async function addMember(
  db: D1Database,
  m: {
    teamId: string;
    memberId: string;
    displayName: string | null;
    tokenId: string;
    tokenHash: string;
    now: number;
  },
): Promise<void> {
  await db.batch([
    db
      .prepare(
        "INSERT INTO members (id, team_id, display_name, role, created_at) VALUES (?, ?, ?, 'member', ?)",
      )
      .bind(m.memberId, m.teamId, m.displayName, m.now),
    db
      .prepare(
        "INSERT INTO tokens (hash, id, team_id, member_id, kind, created_at) VALUES (?, ?, ?, ?, 'member', ?)",
      )
      .bind(m.tokenHash, m.tokenId, m.teamId, m.memberId, m.now),
  ]);
}

/** Sets a member's role in this team; false when not a member of this team. */
export async function setRole(db: D1Database, teamId: string, memberId: string, role: 'admin' | 'member') {
  const res = await db
    .prepare('UPDATE members SET role = ? WHERE team_id = ? AND id = ?')
    .bind(role, teamId, memberId)
    .run();
  return res.meta.changes > 0;
}

export async function countAdmins(db: D1Database, teamId: string): Promise<number> {
  const row = await db
    .prepare("SELECT COUNT(*) AS n FROM members WHERE team_id = ? AND role = 'admin'")
    .bind(teamId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * Removes a member of this team and all their tokens (so they fail on the next request). Their synced
 * records stay in the team totals, attributed to nobody visible. False when not a member of this team.
 */
export async function removeMember(db: D1Database, teamId: string, memberId: string): Promise<boolean> {
  const [, res] = await db.batch([
    db.prepare('DELETE FROM tokens WHERE team_id = ? AND member_id = ?').bind(teamId, memberId),
    db.prepare('DELETE FROM members WHERE team_id = ? AND id = ?').bind(teamId, memberId),
  ]);
  return (res?.meta.changes ?? 0) > 0;
}
