import { DEFAULT_WORKING_HOURS_PER_WEEK, type Team, type TeamSettings } from '../../shared/api/teams';

export type TeamRow = {
  id: string;
  name: string;
  time_zone: string;
  week_starts_on: number;
  min_people: number;
  context_switch_minutes: number;
  horizon_years: number;
  invite_ttl_hours: number;
  working_hours_per_week: number;
  version: number;
  /** How many chore keys the team has (migration 0006): the catalogue's total. */
  chore_key_count: number;
};

export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
  timeZone: 'UTC',
  weekStartsOn: 1,
  contextSwitchMinutes: 5,
  horizonYears: 5,
  minPeople: 2,
  inviteTtlHours: 168,
  workingHoursPerWeek: DEFAULT_WORKING_HOURS_PER_WEEK,
};

/**
 * Each setting's column in `teams`. Every statement that writes or compares the settings lists them
 * from here, in this order (settingColumns, settingValues), so none can forget one.
 */
const SETTING_COLUMNS = {
  timeZone: 'time_zone',
  weekStartsOn: 'week_starts_on',
  minPeople: 'min_people',
  contextSwitchMinutes: 'context_switch_minutes',
  horizonYears: 'horizon_years',
  inviteTtlHours: 'invite_ttl_hours',
  workingHoursPerWeek: 'working_hours_per_week',
} as const satisfies Record<keyof TeamSettings, keyof TeamRow>;
const SETTINGS = Object.keys(SETTING_COLUMNS) as (keyof TeamSettings)[];

/** The settings' columns, in the order settingValues gives their values. */
export const settingColumns: readonly string[] = SETTINGS.map((k) => SETTING_COLUMNS[k]);

/** The settings' values, in the order of settingColumns. */
export const settingValues = (s: TeamSettings): (string | number)[] => SETTINGS.map((k) => s[k]);

export function settingsOf(row: TeamRow): TeamSettings {
  return Object.fromEntries(SETTINGS.map((k) => [k, row[SETTING_COLUMNS[k]]])) as TeamSettings;
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
  /** The first single-use invite code. */
  invite: { id: string; hash: string; expiresAt: number };
  admin: { memberId: string; displayName: string | null; tokenId: string; tokenHash: string };
  now: number;
};

/** The team, its first admin, the admin's token and a first invite code, in one transaction. */
export async function createTeam(db: D1Database, t: NewTeam): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO teams (id, name, ${settingColumns.join(', ')}, created_at)
           VALUES (?, ?, ${settingColumns.map(() => '?').join(', ')}, ?)`,
      )
      .bind(t.teamId, t.name, ...settingValues(t.settings), t.now),
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
    db
      .prepare('INSERT INTO invites (hash, id, team_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .bind(t.invite.hash, t.invite.id, t.teamId, t.now, t.invite.expiresAt),
  ]);
}

/** The statement saving the team's name and settings (batched with the week rebuild it may need). */
export function updateTeamStatement(
  db: D1Database,
  teamId: string,
  name: string,
  s: TeamSettings,
): D1PreparedStatement {
  return db
    .prepare(`UPDATE teams SET name = ?, ${settingColumns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`)
    .bind(name, ...settingValues(s), teamId);
}
