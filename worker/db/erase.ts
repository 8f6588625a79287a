import { type GuardedOutcome, guardedOutcome, keepsAnAdmin } from './admin-guard';
import { jsonChunks } from './json-chunks';
import { type ExitReason, exitStatements } from './member-exit';
import { recomputeChoreKeys, recomputeTeamCells } from './rollups';

/**
 * Deletes everything the server holds about a member: their chores, occurrences and rollup
 * contributions (the team's rollups are recomputed without them), their tokens and membership, in one
 * transaction, and only if the team keeps an admin. `removed`: an admin erased them, and their token is
 * told so; otherwise the member asked, and the server forgets their gone tokens too. A member who is
 * already gone (left or removed) is erased the same way.
 */
export async function eraseMember(
  db: D1Database,
  teamId: string,
  memberId: string,
  by: { reason: ExitReason | null; now: number },
): Promise<GuardedOutcome> {
  const [cells, keys] = await db.batch<{ k: string; w: number } | { key: string }>([
    db
      .prepare(
        'SELECT chore_key AS k, week_start AS w FROM member_week_totals WHERE team_id = ? AND member_id = ?',
      )
      .bind(teamId, memberId),
    db.prepare('SELECT DISTINCT key FROM chores WHERE team_id = ? AND member_id = ?').bind(teamId, memberId),
  ]);
  const guard = keepsAnAdmin(teamId, memberId);
  const scope = (sql: string) =>
    db
      .prepare(`${sql} WHERE team_id = ? AND member_id = ? AND ${guard.sql}`)
      .bind(teamId, memberId, ...guard.args);
  const results = await db.batch([
    scope('DELETE FROM occurrences'),
    scope('DELETE FROM chores'),
    scope('DELETE FROM member_week_totals'),
    ...jsonChunks(cells?.results ?? []).flatMap((json) => recomputeTeamCells(db, teamId, json)),
    ...recomputeChoreKeys(
      db,
      teamId,
      ((keys?.results ?? []) as { key: string }[]).map((r) => r.key),
    ),
    ...(by.reason
      ? []
      : [db.prepare('DELETE FROM gone_tokens WHERE team_id = ? AND member_id = ?').bind(teamId, memberId)]),
    ...exitStatements(db, teamId, memberId, by.reason, by.now),
  ]);
  return guardedOutcome(db, teamId, memberId, results.at(-1)?.meta.changes ?? 0);
}
