import { jsonChunks } from './json-chunks';
import { recomputeChoreKeys, recomputeTeamCells } from './rollups';

/**
 * Deletes everything the server holds about a member: their chores, occurrences, rollup contributions,
 * tokens and membership; the team's rollups are recomputed without them. One transaction.
 */
export async function eraseMember(db: D1Database, teamId: string, memberId: string): Promise<void> {
  const [cells, keys] = await db.batch<{ k: string; w: number } | { key: string }>([
    db
      .prepare(
        'SELECT chore_key AS k, week_start AS w FROM member_week_totals WHERE team_id = ? AND member_id = ?',
      )
      .bind(teamId, memberId),
    db.prepare('SELECT DISTINCT key FROM chores WHERE team_id = ? AND member_id = ?').bind(teamId, memberId),
  ]);
  const scope = (sql: string) => db.prepare(sql).bind(teamId, memberId);
  await db.batch([
    scope('DELETE FROM occurrences WHERE team_id = ? AND member_id = ?'),
    scope('DELETE FROM chores WHERE team_id = ? AND member_id = ?'),
    scope('DELETE FROM member_week_totals WHERE team_id = ? AND member_id = ?'),
    ...jsonChunks(cells?.results ?? []).flatMap((json) => recomputeTeamCells(db, teamId, json)),
    ...recomputeChoreKeys(
      db,
      teamId,
      ((keys?.results ?? []) as { key: string }[]).map((r) => r.key),
    ),
    scope('DELETE FROM tokens WHERE team_id = ? AND member_id = ?'),
    scope('DELETE FROM members WHERE team_id = ? AND id = ?'),
  ]);
}
