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

type TeamWeeks = { version: number; time_zone: string; week_starts_on: number };

/**
 * One read, then one guarded batch: the cells and keys to recompute are read first, so the batch starts
 * by checking that no push of the member committed since (it would have added cells the read missed)
 * and that the team's week settings are the ones read (a change moves every cell to another week).
 */
async function eraseOnce(
  db: D1Database,
  teamId: string,
  memberId: string,
  by: { reason: ExitReason | null; now: number },
  options: { afterRead?: () => Promise<void> },
): Promise<GuardedOutcome> {
  const [cells, keys, team] = await db.batch<{ k: string; w: number } | { key: string } | TeamWeeks>([
    db
      .prepare(
        'SELECT chore_key AS k, week_start AS w FROM member_week_totals WHERE team_id = ? AND member_id = ?',
      )
      .bind(teamId, memberId),
    db.prepare('SELECT DISTINCT key FROM chores WHERE team_id = ? AND member_id = ?').bind(teamId, memberId),
    db.prepare('SELECT version, time_zone, week_starts_on FROM teams WHERE id = ?').bind(teamId),
  ]);
  const read = team?.results[0] as TeamWeeks | undefined;
  await options.afterRead?.();
  const guard = keepsAnAdmin(teamId, memberId);
  const scope = (sql: string) =>
    db
      .prepare(`${sql} WHERE team_id = ? AND member_id = ? AND ${guard.sql}`)
      .bind(teamId, memberId, ...guard.args);
  const results = await db.batch([
    // The cells read are weeks of the team's week settings: a settings change since moved them. (A
    // deleted team has none: what is left of its former member is erased all the same.)
    db
      .prepare(
        `INSERT INTO push_guard (stale) SELECT 1 WHERE ${memberWroteSince('?1', '?2')}
           OR (?4 IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM teams WHERE id = ?3 AND time_zone = ?4 AND week_starts_on = ?5))`,
      )
      .bind(memberId, read?.version ?? 0, teamId, read?.time_zone ?? null, read?.week_starts_on ?? null),
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
