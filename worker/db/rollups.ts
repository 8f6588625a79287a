import { LAST_WEEK, recomputeKeys } from './chore-keys';
import { jsonChunks } from './json-chunks';

/** One rollup cell of a member: chore key k in the week starting at w. */
export type Cell = { k: string; w: number };

const CELLS = `SELECT DISTINCT value->>'k' AS k, value->>'w' AS w FROM json_each(?3)`;

/**
 * Statements that recompute, from the stored occurrences, the member's rollup cells and then the team's
 * cells for the same keys and weeks. Recomputing (rather than adding deltas) keeps the rollups exact even
 * when a replay or a concurrent push touches the same rows: each batch is one transaction. Every lookup
 * goes cell by cell through a primary key or index (CROSS JOIN fixes SQLite's loop order, cells
 * outermost), so a push reads the rows of its cells, never the team's whole history.
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
        `DELETE FROM member_week_totals WHERE (team_id, chore_key, week_start, member_id) IN (
           SELECT ?1, k, w, ?2 FROM (${CELLS}))`,
      )
      .bind(teamId, memberId, json),
    // Each cell reads only its own occurrences, through the (chore_id, week_start) index.
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

/**
 * Recomputes the team's cells (all members) for the cells in `json` (a JSON array of Cell), then the
 * latest week of their keys (chore_keys.last_week).
 */
export function recomputeTeamCells(db: D1Database, teamId: string, json: string): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `DELETE FROM week_totals WHERE (team_id, week_start, chore_key) IN (SELECT ?1, w, k FROM (${CELLS}))`,
      )
      .bind(teamId, null, json),
    db
      .prepare(
        `INSERT INTO week_totals (team_id, week_start, chore_key, occurrences, minutes, people)
         SELECT ?1, cell.w, cell.k, SUM(m.occurrences), SUM(m.minutes), COUNT(*)
         FROM (${CELLS}) cell
         CROSS JOIN member_week_totals m ON m.team_id = ?1 AND m.chore_key = cell.k AND m.week_start = cell.w
         GROUP BY cell.w, cell.k`,
      )
      .bind(teamId, null, json),
    db
      .prepare(
        `UPDATE chore_keys SET last_week = (${LAST_WEEK('chore_keys.key')})
         WHERE team_id = ?1 AND key IN (SELECT DISTINCT k FROM (${CELLS}))`,
      )
      .bind(teamId, null, json),
  ];
}

/**
 * Recomputes the team's descriptors of `keys` after chores of any member changed (worker/db/chore-keys.ts):
 * every member's view of the keys, then the team's. Used where a member's chores go all at once (erasure).
 */
export function recomputeChoreKeys(db: D1Database, teamId: string, keys: string[]): D1PreparedStatement[] {
  return recomputeKeys(db, teamId, null, keys);
}
