/** Single-use invite codes: each admits one person; only the SHA-256 hash of a code is stored. */
export type NewInvite = { id: string; hash: string };
export type InviteRow = { team_id: string; expires_at: number; used_at: number | null };
export type OpenInviteRow = { id: string; created_at: number; expires_at: number };

const OPEN = 'used_at IS NULL AND expires_at > ?';

/**
 * Statement inserting the codes only while the team's open codes stay within `max` (no overshoot). Only ids and hashes are
 * sent to D1, never a code.
 */
export function addInvitesStatement(
  db: D1Database,
  teamId: string,
  invites: NewInvite[],
  at: { now: number; expiresAt: number },
  max: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO invites (hash, id, team_id, created_at, expires_at)
       SELECT value->>'hash', value->>'id', ?1, ?2, ?3 FROM json_each(?4)
       WHERE (SELECT COUNT(*) FROM invites WHERE team_id = ?1 AND used_at IS NULL AND expires_at > ?2)
         + json_array_length(?4) <= ?5`,
    )
    .bind(teamId, at.now, at.expiresAt, JSON.stringify(invites.map(({ id, hash }) => ({ id, hash }))), max);
}

/** Adds the codes; false, with nothing added, when the team would hold more than `max` open codes. */
export async function addInvites(
  db: D1Database,
  teamId: string,
  invites: NewInvite[],
  at: { now: number; expiresAt: number },
  max: number,
): Promise<boolean> {
  const res = await addInvitesStatement(db, teamId, invites, at, max).run();
  return res.meta.changes === invites.length;
}

/** Replaces every open code of the team with one new code, in one transaction. */
export async function replaceInvites(
  db: D1Database,
  teamId: string,
  invite: NewInvite,
  at: { now: number; expiresAt: number },
): Promise<void> {
  await db.batch([
    db.prepare('DELETE FROM invites WHERE team_id = ? AND used_at IS NULL').bind(teamId),
    addInvitesStatement(db, teamId, [invite], at, 1),
  ]);
}

export async function listOpenInvites(db: D1Database, teamId: string, now: number): Promise<OpenInviteRow[]> {
  const { results } = await db
    .prepare(
      `SELECT id, created_at, expires_at FROM invites WHERE team_id = ? AND ${OPEN} ORDER BY created_at, id`,
    )
    .bind(teamId, now)
    .all<OpenInviteRow>();
  return results;
}

/** Revokes one open code of this team; false when there is no such open code here. */
export async function revokeInvite(db: D1Database, teamId: string, id: string): Promise<boolean> {
  const res = await db
    .prepare('DELETE FROM invites WHERE team_id = ? AND id = ? AND used_at IS NULL')
    .bind(teamId, id)
    .run();
  return res.meta.changes > 0;
}

/** Turns invites off: every open code of the team stops working. Answers how many there were. */
export async function revokeOpenInvites(db: D1Database, teamId: string, now: number): Promise<number> {
  const res = await db.prepare(`DELETE FROM invites WHERE team_id = ? AND ${OPEN}`).bind(teamId, now).run();
  return res.meta.changes;
}

export async function findInvite(db: D1Database, hash: string): Promise<InviteRow | null> {
  return db
    .prepare('SELECT team_id, expires_at, used_at FROM invites WHERE hash = ?')
    .bind(hash)
    .first<InviteRow>();
}
