import { recomputeKeys } from './chore-keys';
import { jsonChunks } from './json-chunks';
import type { TeamState } from './push-read';
import type { PushLimits, PushPlan } from './push-types';
import { recomputeCells } from './rollups';
import { memberWroteSince } from './write-guard';

const bit = (b: boolean) => (b ? 1 : 0);
const VERSION = '(SELECT version FROM teams WHERE id = ?1)';

export { isStalePlan } from './write-guard';

/** Who pushes, and the limits the plan was held to. */
type Writer = { teamId: string; memberId: string; limits: Pick<PushLimits, 'recordsPerTeam'> };

/**
 * The first statement of every write batch: it fails the whole batch (through push_guard's CHECK) unless
 * what the plan was made from still holds: the member exists, the team's week settings are the ones
 * read, no push of this member committed since the read (every push stamps the rows it writes with
 * the team's next version, so any such row has a version above the one read), and the team still has
 * room for the records the push adds (other members' pushes do not make a push read again, unless
 * they took that room: the member's own limits are held by the version check, the team's by this one).
 */
function guard(db: D1Database, writer: Writer, read: TeamState, added: number) {
  return db
    .prepare(
      `INSERT INTO push_guard (stale) SELECT 1 WHERE NOT EXISTS (
         SELECT 1 FROM teams t JOIN members m ON m.team_id = t.id
         WHERE t.id = ?1 AND m.id = ?2 AND t.time_zone = ?4 AND t.week_starts_on = ?5)
       OR ${memberWroteSince('?2', '?3')}
       OR (?6 > 0 AND (SELECT record_count FROM teams WHERE id = ?1) + ?6 > ?7)`,
    )
    .bind(
      writer.teamId,
      writer.memberId,
      read.version,
      read.time_zone,
      read.week_starts_on,
      added,
      writer.limits.recordsPerTeam,
    );
}

/** The member's and the team's counters (migration 0006), moved by what the plan adds and removes. */
function counters(db: D1Database, writer: Writer, counts: PushPlan['counts']) {
  return [
    db
      .prepare(`UPDATE teams SET version = version + 1, record_count = record_count + ?2 + ?3 WHERE id = ?1`)
      .bind(writer.teamId, counts.chores, counts.occurrences),
    ...(counts.chores === 0 && counts.occurrences === 0
      ? []
      : [
          db
            .prepare(
              `UPDATE members SET chore_count = chore_count + ?3, occurrence_count = occurrence_count + ?4
               WHERE id = ?2 AND team_id = ?1`,
            )
            .bind(writer.teamId, writer.memberId, counts.chores, counts.occurrences),
        ]),
  ];
}

/** Chores made private: a tombstone each, and the chore and its occurrences deleted outright. */
function forget(db: D1Database, teamId: string, memberId: string, ids: string[]) {
  return jsonChunks(ids).flatMap((json) => [
    db
      .prepare(
        `INSERT INTO private_chores (id, team_id, member_id, version)
         SELECT value, ?1, ?2, ${VERSION} FROM json_each(?3) WHERE true ON CONFLICT(id) DO NOTHING`,
      )
      .bind(teamId, memberId, json),
    // Unary + keeps SQLite off the team and member indexes (all of their rows): rows are found by chore.
    db
      .prepare(
        `DELETE FROM occurrences WHERE chore_id IN (SELECT value FROM json_each(?3))
         AND +team_id = ?1 AND +member_id = ?2`,
      )
      .bind(teamId, memberId, json),
    db
      .prepare(
        'DELETE FROM chores WHERE id IN (SELECT value FROM json_each(?3)) AND +team_id = ?1 AND +member_id = ?2',
      )
      .bind(teamId, memberId, json),
  ]);
}

/** Every write of a push, guarded, in the order one transaction must run them; the last reads the version. */
export function writeStatements(
  db: D1Database,
  writer: Writer,
  read: TeamState,
  plan: PushPlan,
): D1PreparedStatement[] {
  const { teamId, memberId } = writer;
  const chores = plan.chores.map((c) => ({ ...c, archived: bit(c.archived), deleted: bit(c.deleted) }));
  const occurrences = plan.occurrences.map((o) => ({ ...o, deleted: bit(o.deleted) }));
  return [
    guard(db, writer, read, plan.added),
    ...counters(db, writer, plan.counts),
    ...forget(db, teamId, memberId, plan.forget),
    ...jsonChunks(chores).map((json) =>
      db
        .prepare(
          `INSERT INTO chores (id, team_id, member_id, name, key, traits, annoyance, default_minutes, status,
             automated_at, automation_hours, automation_estimate_hours, upkeep_hours_per_year, archived,
             created_at, updated_at, deleted, version)
           SELECT value->>'id', ?1, ?2, value->>'name', value->>'key', value->>'traits', value->>'annoyance',
             value->>'defaultMinutes', value->>'status', value->>'automatedAt', value->>'automationHours',
             value->>'automationEstimateHours', value->>'upkeepHoursPerYear', value->>'archived',
             value->>'createdAt', value->>'updatedAt', value->>'deleted', ${VERSION}
           FROM json_each(?3) WHERE true
           ON CONFLICT(id) DO UPDATE SET name = excluded.name, key = excluded.key, traits = excluded.traits,
             annoyance = excluded.annoyance, default_minutes = excluded.default_minutes, status = excluded.status,
             automated_at = excluded.automated_at, automation_hours = excluded.automation_hours,
             automation_estimate_hours = excluded.automation_estimate_hours,
             upkeep_hours_per_year = excluded.upkeep_hours_per_year, archived = excluded.archived,
             created_at = excluded.created_at, updated_at = excluded.updated_at, deleted = excluded.deleted,
             version = excluded.version
           WHERE chores.team_id = excluded.team_id AND chores.member_id = excluded.member_id AND chores.deleted = 0`,
        )
        .bind(teamId, memberId, json),
    ),
    ...jsonChunks(occurrences).map((json) =>
      db
        .prepare(
          `INSERT INTO occurrences (id, team_id, member_id, chore_id, at, week_start, minutes, source, updated_at,
             deleted, version)
           SELECT value->>'id', ?1, ?2, value->>'choreId', value->>'at', value->>'weekStart', value->>'minutes',
             value->>'source', value->>'updatedAt', value->>'deleted', ${VERSION}
           FROM json_each(?3) WHERE true
           ON CONFLICT(id) DO UPDATE SET chore_id = excluded.chore_id, at = excluded.at,
             week_start = excluded.week_start, minutes = excluded.minutes, source = excluded.source,
             updated_at = excluded.updated_at, deleted = excluded.deleted, version = excluded.version
           WHERE occurrences.team_id = excluded.team_id AND occurrences.member_id = excluded.member_id
             AND occurrences.deleted = 0`,
        )
        .bind(teamId, memberId, json),
    ),
    ...recomputeCells(db, teamId, memberId, plan.cells),
    ...recomputeKeys(db, teamId, memberId, plan.keys),
    db.prepare('SELECT version FROM teams WHERE id = ?').bind(teamId),
  ];
}
