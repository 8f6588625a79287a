import { expect } from 'vitest';
import { dayContaining, weekContaining } from '../../extension/db/core/periods';
import { ToilDb } from '../../extension/db/dexie/schema';
import { saveSettings } from '../../extension/db/dexie/settings';
import type { Occurrence } from '../../shared/model';

let counter = 0;

/** A fresh database (own name, so tests never share state) in Berlin with Monday weeks. */
export async function freshDb(timeZone = 'Europe/Berlin'): Promise<ToilDb> {
  counter += 1;
  const db = new ToilDb(`test-${Date.now()}-${counter}`);
  await saveSettings(db, { timeZone, weekStartsOn: 1 });
  return db;
}

/** Wednesday 12 November 2025, 10:00 in Berlin (09:00 UTC). */
export const WED = Date.UTC(2025, 10, 12, 9, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Everything stored, for "nothing changed" assertions. */
export async function dump(db: ToilDb) {
  const [chores, occurrences, weekly, daily, choreStats, outbox, kv] = await Promise.all([
    db.chores.toArray(),
    db.occurrences.toArray(),
    db.weekly.toArray(),
    db.daily.toArray(),
    db.choreStats.toArray(),
    db.outbox.toArray(),
    db.kv.toArray(),
  ]);
  return { chores, occurrences, weekly, daily, choreStats, outbox, kv };
}

/**
 * The rollups as they should be, computed the slow, obvious way from every live occurrence, compared
 * with what the incremental writes left in the tables.
 */
export async function expectRollupsMatchHistory(db: ToilDb): Promise<void> {
  const { occurrences, weekly, daily, choreStats } = await dump(db);
  const settingsRow = (await db.kv.get('settings'))?.value as { timeZone: string; weekStartsOn: number };
  const live = occurrences.filter((o) => !o.deleted);
  const weeks = new Map<
    string,
    { choreId: string; weekStart: number; occurrences: number; minutes: number }
  >();
  const days = new Map<number, { dayStart: number; occurrences: number; minutes: number }>();
  for (const o of live) {
    const weekStart = weekContaining(o.at, settingsRow.timeZone, settingsRow.weekStartsOn).start;
    const w = weeks.get(`${o.choreId}/${weekStart}`) ?? {
      choreId: o.choreId,
      weekStart,
      occurrences: 0,
      minutes: 0,
    };
    weeks.set(`${o.choreId}/${weekStart}`, {
      ...w,
      occurrences: w.occurrences + 1,
      minutes: w.minutes + o.minutes,
    });
    const dayStart = dayContaining(o.at, settingsRow.timeZone).start;
    const d = days.get(dayStart) ?? { dayStart, occurrences: 0, minutes: 0 };
    days.set(dayStart, { ...d, occurrences: d.occurrences + 1, minutes: d.minutes + o.minutes });
  }
  const byKey = <T extends { minutes: number }>(rows: T[], key: (r: T) => string) =>
    Object.fromEntries(rows.map((r) => [key(r), { ...r, minutes: Math.round(r.minutes * 1000) / 1000 }]));
  expect(byKey(weekly, (r) => `${r.choreId}/${r.weekStart}`)).toEqual(
    byKey([...weeks.values()], (r) => `${r.choreId}/${r.weekStart}`),
  );
  expect(byKey(daily, (r) => String(r.dayStart))).toEqual(
    byKey([...days.values()], (r) => String(r.dayStart)),
  );
  const expectedStats = new Map<string, Occurrence[]>();
  for (const o of [...live].sort((a, b) => b.at - a.at)) {
    const list = expectedStats.get(o.choreId) ?? [];
    if (list.length < 20) list.push(o);
    expectedStats.set(o.choreId, list);
  }
  expect(
    Object.fromEntries(choreStats.map((s) => [s.choreId, s.recent.map((r) => [r.id, r.at, r.minutes])])),
  ).toEqual(
    Object.fromEntries(
      [...expectedStats].map(([id, list]) => [id, list.map((o) => [o.id, o.at, o.minutes])]),
    ),
  );
}

/** The native connection of an open Dexie database: what the popup reads and writes through. */
export async function rawOf(db: ToilDb): Promise<IDBDatabase> {
  await db.open();
  return db.backendDB();
}
