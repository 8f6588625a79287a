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

const KEY_COLUMNS = `key, name, created_at, status, annoyance, automated_at, automation_hours,
  automation_estimate_hours, upkeep_hours_per_year, automatable, scales_linearly`;

/**
 * The descriptors of the team's chore keys logged in or after the week starting at ?2 (their latest
 * rollup week, chore_keys.last_week): a range of the chore_keys_recent index. The keys of the weeks a
 * view reads, and of later ones; never a chore nobody logged since (it cannot be ranked: no time, no
 * pain, not shown, never the pick).
 */
export const RECENT_KEYS_SQL = `SELECT ${KEY_COLUMNS} FROM chore_keys WHERE team_id = ?1 AND last_week >= ?2`;

/**
 * The automated keys the dashboard measures: at most ?3, those the most members have, then the most
 * recently automated, in the order of the chore_keys_automated index. Only keys at least ?2 (minPeople)
 * members have: a key's people bounds the members in any of its rollup cells, so no key left out here
 * could be listed.
 */
export const AUTOMATED_KEYS_SQL = `SELECT ${KEY_COLUMNS} FROM chore_keys
  WHERE team_id = ?1 AND status = 'automated' AND people >= ?2 AND automated_at IS NOT NULL
  ORDER BY people DESC, automated_at DESC, key DESC LIMIT ?3`;

/**
 * Who logged which key in each week of a range (the dashboard's active members): the team's cells of
 * those weeks (a range of week_totals' key), then each cell's members (a point of member_week_totals').
 * Member ids stay in the Worker: no answer carries them.
 */
export const MEMBER_WEEKS_SQL = `SELECT w.week_start, w.chore_key, m.member_id FROM week_totals w
  CROSS JOIN member_week_totals m ON m.team_id = w.team_id AND m.chore_key = w.chore_key AND m.week_start = w.week_start
  WHERE w.team_id = ?1 AND w.week_start >= ?2 AND w.week_start < ?3`;

/**
 * The weeks before each measured automated key's automation date (?4 ms back, enough for the weeks
 * savings compare), summed over members: per key, a range of member_week_totals' (team, key, week) key.
 */
export const AUTOMATED_WEEKS_SQL = `SELECT m.week_start, m.chore_key, SUM(m.occurrences) AS occurrences,
  SUM(m.minutes) AS minutes, COUNT(*) AS people FROM (${AUTOMATED_KEYS_SQL}) a
  CROSS JOIN member_week_totals m ON m.team_id = ?1 AND m.chore_key = a.key
    AND m.week_start >= a.automated_at - ?4 AND m.week_start < a.automated_at
  GROUP BY m.chore_key, m.week_start`;
