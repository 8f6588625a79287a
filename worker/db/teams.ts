import type { Team, TeamSettings } from '../../shared/api/teams';

export type TeamRow = {
  id: string;
  name: string;
  time_zone: string;
  week_starts_on: number;
  min_people: number;
  context_switch_minutes: number;
  horizon_years: number;
  invite_ttl_hours: number;
  version: number;
};

export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
  timeZone: 'UTC',
  weekStartsOn: 1,
  contextSwitchMinutes: 5,
  horizonYears: 5,
  minPeople: 1,
  inviteTtlHours: 168,
};

export function settingsOf(row: TeamRow): TeamSettings {
  return {
    timeZone: row.time_zone,
    weekStartsOn: row.week_starts_on,
    contextSwitchMinutes: row.context_switch_minutes,
    horizonYears: row.horizon_years,
    minPeople: row.min_people,
    inviteTtlHours: row.invite_ttl_hours,
  };
}

export async function getTeamRow(db: D1Database, teamId: string): Promise<TeamRow | null> {
  return db.prepare('SELECT * FROM teams WHERE id = ?').bind(teamId).first<TeamRow>();
}

export async function getTeam(db: D1Database, teamId: string): Promise<Team | null> {
  const [team, count] = await db.batch<TeamRow | { n: number }>([
    db.prepare('SELECT * FROM teams WHERE id = ?').bind(teamId),
    db.prepare('SELECT COUNT(*) AS n FROM members WHERE team_id = ?').bind(teamId),
  ]);
  const row = team?.results[0] as TeamRow | undefined;
  const n = (count?.results[0] as { n: number } | undefined)?.n ?? 0;
  return row ? { name: row.name, settings: settingsOf(row), members: n } : null;
}

export type NewTeam = {
  teamId: string;
  name: string;
  settings: TeamSettings;
  inviteHash: string;
  inviteExpiresAt: number;
  admin: { memberId: string; displayName: string | null; tokenId: string; tokenHash: string };
  now: number;
};

/** The team, its first admin and the admin's token, in one transaction. */
export async function createTeam(db: D1Database, t: NewTeam): Promise<void> {
  const s = t.settings;
  await db.batch([
    db
      .prepare(
        `INSERT INTO teams (id, name, time_zone, week_starts_on, min_people, context_switch_minutes, horizon_years,
           invite_ttl_hours, invite_hash, invite_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        t.teamId,
        t.name,
        s.timeZone,
        s.weekStartsOn,
        s.minPeople,
        s.contextSwitchMinutes,
        s.horizonYears,
        s.inviteTtlHours,
        t.inviteHash,
        t.inviteExpiresAt,
        t.now,
      ),
    db
      .prepare(
        "INSERT INTO members (id, team_id, display_name, role, created_at) VALUES (?, ?, ?, 'admin', ?)",
      )
      .bind(t.admin.memberId, t.teamId, t.admin.displayName, t.now),
    db
      .prepare(
        "INSERT INTO tokens (hash, id, team_id, member_id, kind, created_at) VALUES (?, ?, ?, ?, 'member', ?)",
      )
      .bind(t.admin.tokenHash, t.admin.tokenId, t.teamId, t.admin.memberId, t.now),
  ]);
}

export async function updateTeam(
  db: D1Database,
  teamId: string,
  name: string,
  s: TeamSettings,
): Promise<void> {
  await db
    .prepare(
      `UPDATE teams SET name = ?, time_zone = ?, week_starts_on = ?, min_people = ?, context_switch_minutes = ?,
         horizon_years = ?, invite_ttl_hours = ? WHERE id = ?`,
    )
    .bind(
      name,
      s.timeZone,
      s.weekStartsOn,
      s.minPeople,
      s.contextSwitchMinutes,
      s.horizonYears,
      s.inviteTtlHours,
      teamId,
    )
    .run();
}

export async function setInvite(
  db: D1Database,
  teamId: string,
  hash: string,
  expiresAt: number,
): Promise<void> {
  await db
    .prepare('UPDATE teams SET invite_hash = ?, invite_expires_at = ? WHERE id = ?')
    .bind(hash, expiresAt, teamId)
    .run();
}

/** The team whose current, unexpired invite code has this hash. */
export async function findTeamByInvite(db: D1Database, hash: string, now: number): Promise<string | null> {
  const row = await db
    .prepare('SELECT id FROM teams WHERE invite_hash = ? AND invite_expires_at > ?')
    .bind(hash, now)
    .first<{ id: string }>();
  return row?.id ?? null;
}
