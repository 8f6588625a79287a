import { LAST_WEEK } from './chore-keys';
import { jsonChunks } from './json-chunks';
import { weekStarter } from './week-of';

/**
 * After the team changes its time zone or week start, every occurrence moves to its new week and the
 * rollups are rebuilt from scratch. Rare (an admin setting) and proportional to the team's own rows.
 * Answers the statements, for the caller to run in one batch with the settings they follow from: one
 * transaction, so a failure leaves the old settings with the old weeks.
 */
export async function weekRebuildStatements(
  db: D1Database,
  teamId: string,
  timeZone: string,
  weekStartsOn: number,
): Promise<D1PreparedStatement[]> {
  const { results } = await db
    .prepare('SELECT id, at FROM occurrences WHERE team_id = ?')
    .bind(teamId)
    .all<{ id: string; at: number }>();
  const weekStart = weekStarter(timeZone, weekStartsOn);
  const moves = results.map((r) => ({ i: r.id, w: weekStart(r.at) }));
  return [
    ...jsonChunks(moves).map((json) =>
      db
        .prepare(
          // Unary + keeps SQLite from using the team index, so each row is found by its id.
          `UPDATE occurrences SET week_start = m.w FROM (SELECT value->>'i' AS i, value->>'w' AS w FROM json_each(?2)) m
           WHERE occurrences.id = m.i AND +occurrences.team_id = ?1`,
        )
        .bind(teamId, json),
    ),
    db.prepare('DELETE FROM member_week_totals WHERE team_id = ?').bind(teamId),
    db
      .prepare(
        `INSERT INTO member_week_totals (team_id, chore_key, week_start, member_id, occurrences, minutes)
         SELECT ?1, c.key, o.week_start, c.member_id, COUNT(*), SUM(o.minutes)
         FROM chores c JOIN occurrences o ON o.chore_id = c.id AND o.deleted = 0
         WHERE c.team_id = ?1 AND c.deleted = 0 AND c.archived = 0 GROUP BY c.key, o.week_start, c.member_id`,
      )
      .bind(teamId),
    db.prepare('DELETE FROM week_totals WHERE team_id = ?').bind(teamId),
    db
      .prepare(
        `INSERT INTO week_totals (team_id, week_start, chore_key, occurrences, minutes, people)
         SELECT team_id, week_start, chore_key, SUM(occurrences), SUM(minutes), COUNT(*)
         FROM member_week_totals WHERE team_id = ?1 GROUP BY week_start, chore_key`,
      )
      .bind(teamId),
    db
      .prepare(`UPDATE chore_keys SET last_week = (${LAST_WEEK('chore_keys.key')}) WHERE team_id = ?1`)
      .bind(teamId),
  ];
}
