import { choreKey } from '../../shared/model';
import { jsonChunks } from './json-chunks';
import type { parseChange } from './push-change';
import { DAY_MS, type Owner, type StoredChore, type StoredOccurrence } from './push-types';

/** A chore change as the history read needs it: its history moves when one of these differs from the row. */
type Move = { id: string; key?: string; archived?: number; deleted?: number; forget?: number };

/**
 * What a push names: chores (changed, made private, or named by an occurrence), occurrences, keys, days,
 * and the chores made private.
 */
type Named = {
  chores: string[];
  moved: Move[];
  occurrences: string[];
  keys: string[];
  days: number[];
  forget: string[];
};

function namedBy(parsed: ReturnType<typeof parseChange>[]): Named {
  const named: Named = { chores: [], moved: [], occurrences: [], keys: [], days: [], forget: [] };
  for (const p of parsed) {
    if (!p.ok) continue;
    const change = p.change;
    if (change.type === 'chore') {
      const { id, name, archived, deleted } = change.chore;
      named.chores.push(id);
      named.keys.push(choreKey(name));
      named.moved.push({ id, key: choreKey(name), archived: Number(archived), deleted: Number(deleted) });
    } else if (change.type === 'private') {
      named.chores.push(change.choreId);
      named.forget.push(change.choreId);
      named.moved.push({ id: change.choreId, forget: 1 });
    } else {
      named.occurrences.push(change.occurrence.id);
      named.chores.push(change.occurrence.choreId);
      named.days.push(Math.floor(change.occurrence.at / DAY_MS));
    }
  }
  return named;
}

/**
 * The team's state a push is planned from, and what the member and the team hold (migration 0006's
 * counters); `member` is false once the member is gone.
 */
export type TeamState = {
  version: number;
  time_zone: string;
  week_starts_on: number;
  record_count: number;
  member: number;
  chore_count: number;
  occurrence_count: number;
};

const TEAM = `SELECT t.version, t.time_zone, t.week_starts_on, t.record_count, m.id IS NOT NULL AS member,
  COALESCE(m.chore_count, 0) AS chore_count, COALESCE(m.occurrence_count, 0) AS occurrence_count
  FROM teams t LEFT JOIN members m ON m.id = ?2 AND m.team_id = t.id WHERE t.id = ?1`;
const CHORE = 'SELECT id, team_id, member_id, name, key, updated_at, deleted, archived FROM chores';
const CHORES = `${CHORE} WHERE id IN (SELECT value FROM json_each(?1))`;
const CHORES_OF_OCCURRENCES = `${CHORE} WHERE id IN (
  SELECT chore_id FROM occurrences WHERE id IN (SELECT value FROM json_each(?1)))`;
const OCCURRENCES = `SELECT id, team_id, member_id, chore_id, at, week_start, updated_at, deleted FROM occurrences
  WHERE id IN (SELECT value FROM json_each(?1))`;
// The weeks of a chore's history, only where the change moves it between rollup cells (the same test as
// planPush's): an edit of a chore's annoyance reads none of its occurrences.
const MOVED_WEEKS = `SELECT DISTINCT o.chore_id, o.week_start FROM json_each(?1) j
  CROSS JOIN chores c ON c.id = j.value->>'id' AND (j.value->>'forget' = 1 OR j.value->>'deleted' = 1
    OR c.key != j.value->>'key' OR c.archived != j.value->>'archived')
  CROSS JOIN occurrences o ON o.chore_id = c.id AND o.deleted = 0`;
const PRIVATE =
  'SELECT id, team_id, member_id FROM private_chores WHERE id IN (SELECT value FROM json_each(?1))';
const KEY_COUNTS = `SELECT key, COUNT(*) AS n FROM chores
  WHERE team_id = ?2 AND member_id = ?3 AND key IN (SELECT value FROM json_each(?1)) GROUP BY key`;
// One range count per day named (not per row), through the (member_id, at) index.
const DAY_COUNTS = `SELECT day.value AS day, (SELECT COUNT(*) FROM occurrences
  WHERE member_id = ?2 AND at >= day.value * ${DAY_MS} AND at < (day.value + 1) * ${DAY_MS}) AS n
  FROM json_each(?1) day`;

// The occurrences a private change deletes with its chore (deleted ones too), counted through the
// (chore_id, week_start) index, so the member's counter goes down by exactly as many.
const CHORE_OCCURRENCES = `SELECT chore_id, COUNT(*) AS n FROM occurrences
  WHERE chore_id IN (SELECT value FROM json_each(?1)) AND +team_id = ?2 AND +member_id = ?3 GROUP BY chore_id`;

/**
 * Reads, in one batch (one consistent snapshot), everything a push is decided against: the team's
 * version and week settings, whether the member still exists, what the member and the team hold, the
 * stored rows the changes name, the tombstones of private chores among them, the member's counts for the
 * keys and days they touch, and the occurrences of the chores made private.
 * Each list goes in JSON arguments small enough for D1 (jsonChunks), one statement per chunk.
 */
export async function readForPush(
  db: D1Database,
  teamId: string,
  memberId: string,
  parsed: ReturnType<typeof parseChange>[],
) {
  const named = namedBy(parsed);
  const member = [teamId, memberId];
  const reads: { sql: string; list: unknown[]; with?: string[] }[] = [
    { sql: CHORES, list: named.chores },
    { sql: CHORES_OF_OCCURRENCES, list: named.occurrences },
    { sql: OCCURRENCES, list: named.occurrences },
    { sql: MOVED_WEEKS, list: named.moved },
    { sql: PRIVATE, list: named.chores },
    { sql: KEY_COUNTS, list: named.keys, with: member },
    { sql: DAY_COUNTS, list: named.days, with: [memberId] },
    { sql: CHORE_OCCURRENCES, list: named.forget, with: member },
  ];
  const statements = reads.flatMap(({ sql, list, with: args = [] }) =>
    jsonChunks([...new Set(list)]).map((json) => ({ sql, statement: db.prepare(sql).bind(json, ...args) })),
  );
  const [team, ...out] = await db.batch<Record<string, unknown>>([
    db.prepare(TEAM).bind(teamId, memberId),
    ...statements.map((s) => s.statement),
  ]);
  const rows = <T>(sql: string) =>
    statements.flatMap((s, i) => (s.sql === sql ? (out[i]?.results ?? []) : [])) as T[];
  const choreWeeks = new Map<string, number[]>();
  for (const row of rows<{ chore_id: string; week_start: number }>(MOVED_WEEKS)) {
    choreWeeks.set(row.chore_id, [...(choreWeeks.get(row.chore_id) ?? []), row.week_start]);
  }
  return {
    team: (team?.results ?? [])[0] as TeamState | undefined,
    chores: new Map(
      [...rows<StoredChore>(CHORES), ...rows<StoredChore>(CHORES_OF_OCCURRENCES)].map((r) => [r.id, r]),
    ),
    occurrences: new Map(rows<StoredOccurrence>(OCCURRENCES).map((r) => [r.id, r])),
    choreWeeks,
    privateChores: new Map(rows<Owner & { id: string }>(PRIVATE).map((r) => [r.id, r])),
    keyCounts: new Map(rows<{ key: string; n: number }>(KEY_COUNTS).map((r) => [r.key, r.n])),
    dayCounts: new Map(rows<{ day: number; n: number }>(DAY_COUNTS).map((r) => [r.day, r.n])),
    choreOccurrences: new Map(
      rows<{ chore_id: string; n: number }>(CHORE_OCCURRENCES).map((r) => [r.chore_id, r.n]),
    ),
  };
}
