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

/**
 * Who logged which key in each week of a range (the dashboard's active members): the team's cells of
 * those weeks (a range of week_totals' key), then each cell's members (a point of member_week_totals').
 * Member ids stay in the Worker: no answer carries them.
 */
export const MEMBER_WEEKS_SQL = `SELECT w.week_start, w.chore_key, m.member_id FROM week_totals w
  CROSS JOIN member_week_totals m ON m.team_id = w.team_id AND m.chore_key = w.chore_key AND m.week_start = w.week_start
  WHERE w.team_id = ?1 AND w.week_start >= ?2 AND w.week_start < ?3`;

/**
 * The weeks before each automated key's automation date (?2 ms back, enough for the weeks savings
 * compare), summed over members: per key, a range of member_week_totals' (team, key, week) key.
 */
export const AUTOMATED_WEEKS_SQL = `SELECT m.week_start, m.chore_key, SUM(m.occurrences) AS occurrences,
  SUM(m.minutes) AS minutes, COUNT(*) AS people FROM chore_keys
  CROSS JOIN member_week_totals m ON m.team_id = chore_keys.team_id AND m.chore_key = chore_keys.key
    AND m.week_start >= chore_keys.automated_at - ?2 AND m.week_start < chore_keys.automated_at
  WHERE chore_keys.team_id = ?1 AND chore_keys.status = 'automated' AND chore_keys.automated_at IS NOT NULL
  GROUP BY m.chore_key, m.week_start`;
