import { jsonChunks } from './json-chunks';

/** One rollup cell of a member: chore key k in the week starting at w. */
export type Cell = { k: string; w: number };

const CELLS = `SELECT value->>'k' AS k, value->>'w' AS w FROM json_each(?3)`;

/**
 * Statements that recompute, from the stored occurrences, the member's rollup cells and then the team's
 * cells for the same keys and weeks. Recomputing (rather than adding deltas) keeps the rollups exact even
 * when a replay or a concurrent push touches the same rows: each batch is one transaction.
 */
export function recomputeCells(
  db: D1Database,
  teamId: string,
  memberId: string,
  cells: Cell[],
): D1PreparedStatement[] {
  const unique = [...new Map(cells.map((c) => [`${c.w}|${c.k}`, c])).values()];
  return jsonChunks(unique).flatMap((json) => [
    db
      .prepare(
        `DELETE FROM member_week_totals WHERE team_id = ?1 AND member_id = ?2
         AND (chore_key, week_start) IN (${CELLS})`,
      )
      .bind(teamId, memberId, json),
    // CROSS JOIN fixes the loop order (SQLite keeps it): cells outermost, so each cell reads only its own
    // occurrences through the (chore_id, week_start) index instead of every occurrence of the chore.
    db
      .prepare(
        `INSERT INTO member_week_totals (team_id, chore_key, week_start, member_id, occurrences, minutes)
         SELECT ?1, c.key, o.week_start, ?2, COUNT(*), SUM(o.minutes)
         FROM (${CELLS}) cell
         CROSS JOIN chores c ON c.team_id = ?1 AND c.member_id = ?2 AND c.key = cell.k
           AND c.deleted = 0 AND c.archived = 0
         CROSS JOIN occurrences o ON o.chore_id = c.id AND o.week_start = cell.w AND o.deleted = 0
         GROUP BY c.key, o.week_start`,
      )
      .bind(teamId, memberId, json),
    ...recomputeTeamCells(db, teamId, json),
  ]);
}

/** Recomputes the team's cells (all members) for the cells in `json` (a JSON array of Cell). */
export function recomputeTeamCells(db: D1Database, teamId: string, json: string): D1PreparedStatement[] {
  return [
    db
      .prepare(`DELETE FROM week_totals WHERE team_id = ?1 AND (chore_key, week_start) IN (${CELLS})`)
      .bind(teamId, null, json),
    db
      .prepare(
        `INSERT INTO week_totals (team_id, week_start, chore_key, occurrences, minutes, people)
         SELECT ?1, week_start, chore_key, SUM(occurrences), SUM(minutes), COUNT(*) FROM member_week_totals
         WHERE team_id = ?1 AND (chore_key, week_start) IN (${CELLS})
         GROUP BY week_start, chore_key`,
      )
      .bind(teamId, null, json),
  ];
}

/**
 * Recomputes the team's descriptor of each key: name, status and automation figures from the most
 * recently changed live chore with that key, annoyance averaged over members. Archived and deleted chores
 * are left out, as the extension's own ranking leaves them out.
 */
export function recomputeChoreKeys(db: D1Database, teamId: string, keys: string[]): D1PreparedStatement[] {
  return jsonChunks([...new Set(keys)]).flatMap((json) => [
    db
      .prepare('DELETE FROM chore_keys WHERE team_id = ?1 AND key IN (SELECT value FROM json_each(?2))')
      .bind(teamId, json),
    db
      .prepare(
        `INSERT INTO chore_keys (team_id, key, name, created_at, status, annoyance, automated_at, automation_hours,
           automation_estimate_hours, upkeep_hours_per_year, people)
         SELECT team_id, key, name, first_created, status, avg_annoyance, automated_at, automation_hours,
           automation_estimate_hours, upkeep_hours_per_year, people FROM (
           SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.key ORDER BY c.version DESC, c.id) AS rn,
             MIN(c.created_at) OVER (PARTITION BY c.key) AS first_created,
             CAST(ROUND(AVG(c.annoyance) OVER (PARTITION BY c.key)) AS INTEGER) AS avg_annoyance,
             (SELECT COUNT(DISTINCT x.member_id) FROM chores x
               WHERE x.team_id = ?1 AND x.key = c.key AND x.deleted = 0 AND x.archived = 0) AS people
           FROM chores c WHERE c.team_id = ?1 AND c.deleted = 0 AND c.archived = 0 AND c.key IN (SELECT value FROM json_each(?2))
         ) WHERE rn = 1`,
      )
      .bind(teamId, json),
  ]);
}
