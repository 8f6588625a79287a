import { type GuardedOutcome, guardedOutcome, keepsAnAdmin } from './admin-guard';
import { jsonChunks } from './json-chunks';
import { type ExitReason, exitStatements } from './member-exit';
import { MAX_ATTEMPTS } from './push';
import { recomputeChoreKeys, recomputeTeamCells } from './rollups';
import { isStalePlan, memberWroteSince } from './write-guard';

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
  options: { afterRead?: () => Promise<void> } = {},
): Promise<GuardedOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await eraseOnce(db, teamId, memberId, by, options);
    } catch (error) {
      // A push of the member's committed between the read and the write: read the cells again. After
      // MAX_ATTEMPTS the D1 error goes up and the route answers 503 with Retry-After.
      if (!isStalePlan(error) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/**
 * One read, then one guarded batch: the cells and keys to recompute are read first, so the batch starts
 * by checking that no push of the member committed since (it would have added cells the read missed).
 */
async function eraseOnce(
  db: D1Database,
  teamId: string,
  memberId: string,
  by: { reason: ExitReason | null; now: number },
  options: { afterRead?: () => Promise<void> },
): Promise<GuardedOutcome> {
  const [cells, keys, team] = await db.batch<
    { k: string; w: number } | { key: string } | { version: number }
  >([
    db
      .prepare(
        'SELECT chore_key AS k, week_start AS w FROM member_week_totals WHERE team_id = ? AND member_id = ?',
      )
      .bind(teamId, memberId),
    db.prepare('SELECT DISTINCT key FROM chores WHERE team_id = ? AND member_id = ?').bind(teamId, memberId),
    db.prepare('SELECT version FROM teams WHERE id = ?').bind(teamId),
  ]);
  const version = (team?.results[0] as { version: number } | undefined)?.version ?? 0;
  await options.afterRead?.();
  const guard = keepsAnAdmin(teamId, memberId);
  const scope = (sql: string) =>
    db
      .prepare(`${sql} WHERE team_id = ? AND member_id = ? AND ${guard.sql}`)
      .bind(teamId, memberId, ...guard.args);
  const results = await db.batch([
    db
      .prepare(`INSERT INTO push_guard (stale) SELECT 1 WHERE ${memberWroteSince('?1', '?2')}`)
      .bind(memberId, version),
    // The team's record counter loses what goes (the tombstones go with the membership: member-exit.ts).
    db
      .prepare(
        `UPDATE teams SET record_count = record_count
           - (SELECT COUNT(*) FROM occurrences WHERE team_id = ? AND member_id = ?)
           - (SELECT COUNT(*) FROM chores WHERE team_id = ? AND member_id = ?)
         WHERE id = ? AND ${guard.sql}`,
      )
      .bind(teamId, memberId, teamId, memberId, teamId, ...guard.args),
    scope('DELETE FROM occurrences'),
    scope('DELETE FROM chores'),
    scope('DELETE FROM member_week_totals'),
    ...jsonChunks((cells?.results ?? []) as { k: string; w: number }[]).flatMap((json) =>
      recomputeTeamCells(db, teamId, json),
    ),
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
