/**
 * The SQL of the per-request read path, kept apart so the leaderboard benchmark can count the D1 rows
 * these exact statements read (bench/leaderboard.bench.ts).
 */

/** The caller and their team, from a token hash: one indexed lookup. */
export const CALLER_SQL = `SELECT t.id AS token_id, t.member_id, t.kind, m.role, teams.* FROM tokens t
  JOIN teams ON teams.id = t.team_id LEFT JOIN members m ON m.id = t.member_id WHERE t.hash = ?`;

/** The team's rollup rows for a range of weeks: a range of the (team, week, key) primary key. */
export const WEEK_TOTALS_SQL = `SELECT week_start, chore_key, occurrences, minutes, people FROM week_totals
  WHERE team_id = ? AND week_start >= ? AND week_start < ?`;

/** One descriptor per team chore key. */
export const CHORE_KEYS_SQL = `SELECT key, name, created_at, status, annoyance, automated_at, automation_hours,
  automation_estimate_hours, upkeep_hours_per_year, automatable, scales_linearly FROM chore_keys WHERE team_id = ?`;
