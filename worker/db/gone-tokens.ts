import type { GoneReason } from '../../shared/api/errors';

/** How long the server remembers a gone token (then it is an unknown token like any other). */
export const GONE_TOKEN_DAYS = 90;
const RETENTION_MS = GONE_TOKEN_DAYS * 86_400_000;

export type GoneToken = { teamId: string; memberId: string; reason: GoneReason };

/** The member behind a token that stopped working because they are gone, within the retention window. */
export async function findGoneToken(db: D1Database, hash: string, now: number): Promise<GoneToken | null> {
  const row = await db
    .prepare('SELECT team_id, member_id, reason FROM gone_tokens WHERE hash = ? AND at > ?')
    .bind(hash, now - RETENTION_MS)
    .first<{ team_id: string; member_id: string; reason: GoneReason }>();
  return row ? { teamId: row.team_id, memberId: row.member_id, reason: row.reason } : null;
}

/** The daily purge: gone tokens past their retention, invite and pairing codes past their expiry. */
export async function purgeExpired(db: D1Database, now: number): Promise<void> {
  await db.batch([
    db.prepare('DELETE FROM gone_tokens WHERE at <= ?').bind(now - RETENTION_MS),
    db.prepare('DELETE FROM invites WHERE expires_at <= ?').bind(now),
    db.prepare('DELETE FROM pairing_codes WHERE expires_at <= ?').bind(now),
  ]);
}
