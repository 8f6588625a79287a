import type { PushResponse } from '../../shared/api/sync';
import { jsonChunks } from './json-chunks';
import {
  type PushContext,
  type PushPlan,
  planPush,
  type StoredChore,
  type StoredOccurrence,
} from './push-plan';
import { recomputeCells, recomputeChoreKeys } from './rollups';

/** Chores the push names (changed, or named by an occurrence), changed chores, and occurrences. */
type Ids = { chores: string[]; changedChores: string[]; occurrences: string[] };

const ID = /^[A-Za-z0-9_-]{8,64}$/;
const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);

/** Ids named by the changes (well-formed ones only), to load their stored rows in one round trip. */
function namedIds(raw: unknown[]): Ids {
  const ids: Ids = { chores: [], changedChores: [], occurrences: [] };
  for (const change of raw) {
    if (typeof change !== 'object' || change === null) continue;
    const { chore, occurrence } = change as {
      chore?: { id?: unknown };
      occurrence?: { id?: unknown; choreId?: unknown };
    };
    if (isId(chore?.id)) {
      ids.chores.push(chore.id);
      ids.changedChores.push(chore.id);
    }
    if (isId(occurrence?.id)) ids.occurrences.push(occurrence.id);
    if (isId(occurrence?.choreId)) ids.chores.push(occurrence.choreId);
  }
  return ids;
}

async function loadStored(db: D1Database, ids: Ids) {
  const chores = JSON.stringify([...new Set(ids.chores)]);
  const occurrences = JSON.stringify([...new Set(ids.occurrences)]);
  const changedChores = JSON.stringify([...new Set(ids.changedChores)]);
  const [c, o, w] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT id, team_id, member_id, key, updated_at, deleted, archived FROM chores WHERE id IN (
           SELECT value FROM json_each(?1)
           UNION SELECT chore_id FROM occurrences WHERE id IN (SELECT value FROM json_each(?2)))`,
      )
      .bind(chores, occurrences),
    db
      .prepare(
        `SELECT id, team_id, member_id, chore_id, week_start, updated_at, deleted FROM occurrences
         WHERE id IN (SELECT value FROM json_each(?1))`,
      )
      .bind(occurrences),
    db
      .prepare(
        `SELECT DISTINCT chore_id, week_start FROM occurrences
         WHERE chore_id IN (SELECT value FROM json_each(?1)) AND deleted = 0`,
      )
      .bind(changedChores),
  ]);
  const choreWeeks = new Map<string, number[]>();
  for (const row of (w?.results ?? []) as { chore_id: string; week_start: number }[]) {
    choreWeeks.set(row.chore_id, [...(choreWeeks.get(row.chore_id) ?? []), row.week_start]);
  }
  return {
    chores: new Map(((c?.results ?? []) as StoredChore[]).map((r) => [r.id, r])),
    occurrences: new Map(((o?.results ?? []) as StoredOccurrence[]).map((r) => [r.id, r])),
    choreWeeks,
  };
}

const bit = (b: boolean) => (b ? 1 : 0);

function writeStatements(
  db: D1Database,
  teamId: string,
  memberId: string,
  plan: PushPlan,
): D1PreparedStatement[] {
  const version = '(SELECT version FROM teams WHERE id = ?1)';
  const chores = plan.chores.map((c) => ({ ...c, archived: bit(c.archived), deleted: bit(c.deleted) }));
  const occurrences = plan.occurrences.map((o) => ({ ...o, deleted: bit(o.deleted) }));
  return [
    db.prepare('UPDATE teams SET version = version + 1 WHERE id = ?').bind(teamId),
    ...jsonChunks(chores).map((json) =>
      db
        .prepare(
          `INSERT INTO chores (id, team_id, member_id, name, key, traits, annoyance, default_minutes, status,
             automated_at, automation_hours, automation_estimate_hours, upkeep_hours_per_year, archived,
             created_at, updated_at, deleted, version)
           SELECT value->>'id', ?1, ?2, value->>'name', value->>'key', value->>'traits', value->>'annoyance',
             value->>'defaultMinutes', value->>'status', value->>'automatedAt', value->>'automationHours',
             value->>'automationEstimateHours', value->>'upkeepHoursPerYear', value->>'archived',
             value->>'createdAt', value->>'updatedAt', value->>'deleted', ${version}
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
             value->>'source', value->>'updatedAt', value->>'deleted', ${version}
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
    ...recomputeChoreKeys(db, teamId, plan.keys),
  ];
}

/**
 * Applies a push: reads the stored rows it names, decides each change, then writes everything (records,
 * rollups, the team version) in one batch, which D1 runs as one transaction: all of it or none.
 */
export async function push(
  db: D1Database,
  ctx: Omit<PushContext, 'chores' | 'occurrences' | 'choreWeeks'>,
  raw: unknown[],
): Promise<PushResponse> {
  const stored = await loadStored(db, namedIds(raw));
  const plan = planPush(raw, { ...ctx, ...stored });
  if (plan.chores.length === 0 && plan.occurrences.length === 0) {
    const row = await db
      .prepare('SELECT version FROM teams WHERE id = ?')
      .bind(ctx.teamId)
      .first<{ version: number }>();
    return { results: plan.results, version: row?.version ?? 0 };
  }
  const statements = writeStatements(db, ctx.teamId, ctx.memberId, plan);
  statements.push(db.prepare('SELECT version FROM teams WHERE id = ?').bind(ctx.teamId));
  const out = await db.batch<{ version: number }>(statements);
  return { results: plan.results, version: out.at(-1)?.results[0]?.version ?? 0 };
}
