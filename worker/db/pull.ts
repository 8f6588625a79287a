import type { PulledChange, PulledPrivate, PullWithPrivateResponse } from '../../shared/api/sync';
import type { Occurrence } from '../../shared/model';

type Position = { version: number; type: 'chore' | 'occurrence' | 'private'; id: string };

const TYPES = ['chore', 'occurrence', 'private'] as const;

export function parseCursor(cursor: string | undefined): Position {
  if (!cursor || cursor === '0') return { version: 0, type: 'chore', id: '' };
  const [version, type, id] = cursor.split('.');
  return { version: Number(version), type: TYPES.find((t) => t === type) ?? 'chore', id: id ?? '' };
}

const cursorOf = (p: Position) => `${p.version}.${p.type}.${p.id}`;

type ChoreRow = {
  id: string;
  name: string;
  traits: string;
  annoyance: number;
  default_minutes: number;
  status: 'manual' | 'automating' | 'automated';
  automated_at: number | null;
  automation_hours: number | null;
  automation_estimate_hours: number | null;
  upkeep_hours_per_year: number | null;
  archived: number;
  created_at: number;
  updated_at: number;
  deleted: number;
  version: number;
};
type OccurrenceRow = {
  id: string;
  chore_id: string;
  at: number;
  minutes: number;
  source: Occurrence['source'];
  updated_at: number;
  deleted: number;
  version: number;
};

const optional = <K extends string>(key: K, value: number | null) =>
  (value === null ? {} : { [key]: value }) as Partial<Record<K, number>>;

function choreChange(r: ChoreRow): PulledChange {
  return {
    type: 'chore',
    version: r.version,
    chore: {
      id: r.id,
      name: r.name,
      traits: JSON.parse(r.traits),
      annoyance: r.annoyance,
      defaultMinutes: r.default_minutes,
      status: r.status,
      ...optional('automatedAt', r.automated_at),
      ...optional('automationHours', r.automation_hours),
      ...optional('automationEstimateHours', r.automation_estimate_hours),
      ...optional('upkeepHoursPerYear', r.upkeep_hours_per_year),
      archived: r.archived === 1,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      deleted: r.deleted === 1,
    },
  };
}

function occurrenceChange(r: OccurrenceRow): PulledChange {
  return {
    type: 'occurrence',
    version: r.version,
    occurrence: {
      id: r.id,
      choreId: r.chore_id,
      at: r.at,
      minutes: r.minutes,
      source: r.source,
      updatedAt: r.updated_at,
      deleted: r.deleted === 1,
    },
  };
}

// Rows strictly after the cursor in (version, type, id) order; 'chore' sorts before 'occurrence' (and
// 'private' after both), so within one version a device receives chores before the occurrences that
// name them.
const AFTER = (type: string) =>
  `member_id = ?1 AND (version > ?2 OR (version = ?2 AND ('${type}' > ?3 OR ('${type}' = ?3 AND id > ?4))))
   ORDER BY version, id LIMIT ?5`;

type PrivateRow = { id: string; version: number };

/**
 * A page of the member's own records changed after the cursor, in server order, and with `withPrivate`
 * the tombstones of their chores made private. A record changed again while a device pages moves to a
 * later version, so it is delivered once more at its new place: no change is missed, and none is
 * delivered twice at the same version.
 */
export async function pull(
  db: D1Database,
  memberId: string,
  cursor: string | undefined,
  limit: number,
  withPrivate = false,
): Promise<PullWithPrivateResponse> {
  const from = parseCursor(cursor);
  const args = [memberId, from.version, from.type, from.id, limit + 1] as const;
  const [chores, occurrences, tombstones] = await db.batch<ChoreRow | OccurrenceRow | PrivateRow>([
    db.prepare(`SELECT * FROM chores WHERE ${AFTER('chore')}`).bind(...args),
    db.prepare(`SELECT * FROM occurrences WHERE ${AFTER('occurrence')}`).bind(...args),
    ...(withPrivate
      ? [db.prepare(`SELECT id, version FROM private_chores WHERE ${AFTER('private')}`).bind(...args)]
      : []),
  ]);
  const merged: { pos: Position; change: () => PulledChange | PulledPrivate }[] = [
    ...((chores?.results ?? []) as ChoreRow[]).map((r) => ({
      pos: { version: r.version, type: 'chore' as const, id: r.id },
      change: () => choreChange(r),
    })),
    ...((occurrences?.results ?? []) as OccurrenceRow[]).map((r) => ({
      pos: { version: r.version, type: 'occurrence' as const, id: r.id },
      change: () => occurrenceChange(r),
    })),
    ...((tombstones?.results ?? []) as PrivateRow[]).map((r) => ({
      pos: { version: r.version, type: 'private' as const, id: r.id },
      change: (): PulledPrivate => ({ type: 'private', version: r.version, choreId: r.id }),
    })),
  ];
  merged.sort(
    (a, b) =>
      a.pos.version - b.pos.version || a.pos.type.localeCompare(b.pos.type) || (a.pos.id < b.pos.id ? -1 : 1),
  );
  const page = merged.slice(0, limit);
  const last = page.at(-1);
  return {
    changes: page.map((e) => e.change()),
    cursor: last ? cursorOf(last.pos) : (cursor ?? '0'),
    more: merged.length > limit,
  };
}
