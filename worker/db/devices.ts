/**
 * A member's browsers: each signs in with a member token of its own (kind 'member', labelled with the
 * browser's name). Another browser gets one with a single-use pairing code; only the SHA-256 hashes of
 * codes and tokens are stored.
 */

/** Sign-in tokens one member may hold (their browsers), the first one included. */
export const MAX_DEVICES_PER_MEMBER = 10;

export type PairingCodeRow = { used_at: number | null; expires_at: number; member: number };

/**
 * Replaces the member's pairing code with a new one, in one transaction: a member holds one code at a
 * time, so making codes grows nothing. False when the member is gone meanwhile.
 */
export async function replacePairingCode(
  db: D1Database,
  c: { teamId: string; memberId: string; hash: string; now: number; expiresAt: number },
): Promise<boolean> {
  const [, inserted] = await db.batch([
    db.prepare('DELETE FROM pairing_codes WHERE member_id = ?').bind(c.memberId),
    db
      .prepare(
        `INSERT INTO pairing_codes (hash, team_id, member_id, created_at, expires_at)
         SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM members WHERE id = ?3 AND team_id = ?2)`,
      )
      .bind(c.hash, c.teamId, c.memberId, c.now, c.expiresAt),
  ]);
  return (inserted?.meta.changes ?? 0) > 0;
}

export type Claim = {
  codeHash: string;
  tokenId: string;
  tokenHash: string;
  label: string | null;
  now: number;
};

/**
 * Spends the code and adds the browser's token, in one transaction, only while the code is open (unused,
 * unexpired), its member still in the team and below MAX_DEVICES_PER_MEMBER tokens: of several claims
 * racing with one code, exactly one gets a token. The member and team paired with, or null when nothing
 * was written.
 */
export async function claimPairingCode(
  db: D1Database,
  c: Claim,
): Promise<{ teamId: string; memberId: string } | null> {
  const added = 'EXISTS (SELECT 1 FROM tokens WHERE hash = ?1)';
  const [, , found] = await db.batch<{ team_id: string; member_id: string }>([
    db
      .prepare(
        `INSERT INTO tokens (hash, id, team_id, member_id, kind, label, created_at)
         SELECT ?1, ?2, p.team_id, p.member_id, 'member', ?3, ?4 FROM pairing_codes p
         JOIN members m ON m.id = p.member_id AND m.team_id = p.team_id
         WHERE p.hash = ?5 AND p.used_at IS NULL AND p.expires_at > ?4
           AND (SELECT COUNT(*) FROM tokens t WHERE t.member_id = p.member_id AND t.kind = 'member') < ?6`,
      )
      .bind(c.tokenHash, c.tokenId, c.label, c.now, c.codeHash, MAX_DEVICES_PER_MEMBER),
    db
      .prepare(`UPDATE pairing_codes SET used_at = ?2 WHERE hash = ?3 AND used_at IS NULL AND ${added}`)
      .bind(c.tokenHash, c.now, c.codeHash),
    db.prepare('SELECT team_id, member_id FROM tokens WHERE hash = ?').bind(c.tokenHash),
  ]);
  const row = found?.results[0];
  return row ? { teamId: row.team_id, memberId: row.member_id } : null;
}

/** A pairing code by hash, and whether its member is still in the team (to say why a claim failed). */
export async function findPairingCode(db: D1Database, hash: string): Promise<PairingCodeRow | null> {
  return db
    .prepare(
      `SELECT p.used_at, p.expires_at, EXISTS (SELECT 1 FROM members m WHERE m.id = p.member_id) AS member
       FROM pairing_codes p WHERE p.hash = ?`,
    )
    .bind(hash)
    .first<PairingCodeRow>();
}

export type DeviceRow = { id: string; label: string | null; created_at: number };

/** The member's sign-in tokens (their browsers), without their secrets, oldest first. */
export async function listDevices(db: D1Database, teamId: string, memberId: string): Promise<DeviceRow[]> {
  const { results } = await db
    .prepare(
      `SELECT id, label, created_at FROM tokens WHERE team_id = ? AND member_id = ? AND kind = 'member'
       ORDER BY created_at, id`,
    )
    .bind(teamId, memberId)
    .all<DeviceRow>();
  return results;
}

/** True when `id` is one of the member's sign-in tokens (a token's member never changes). */
export async function isDeviceOf(db: D1Database, teamId: string, memberId: string, id: string) {
  const row = await db
    .prepare("SELECT 1 AS ok FROM tokens WHERE team_id = ? AND member_id = ? AND id = ? AND kind = 'member'")
    .bind(teamId, memberId, id)
    .first<{ ok: number }>();
  return row !== null;
}

/**
 * Gives the token `tokenId` a new secret (its row, name and id stay), in one transaction with deleting
 * the dashboard link derived from the old secret. Only while the old secret is still the token's: of
 * two rotations racing with one token, one wins. False when nothing changed.
 */
export async function rotateToken(
  db: D1Database,
  r: { tokenId: string; oldHash: string; newHash: string },
): Promise<boolean> {
  const [, rotated] = await db.batch([
    db
      .prepare(
        `DELETE FROM tokens WHERE kind = 'view' AND member_token_id = ?1
         AND EXISTS (SELECT 1 FROM tokens WHERE id = ?1 AND hash = ?2)`,
      )
      .bind(r.tokenId, r.oldHash),
    db
      .prepare("UPDATE tokens SET hash = ?3 WHERE id = ?1 AND hash = ?2 AND kind = 'member'")
      .bind(r.tokenId, r.oldHash, r.newHash),
  ]);
  return (rotated?.meta.changes ?? 0) > 0;
}
