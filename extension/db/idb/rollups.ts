/**
 * The rollups (weekly, daily, recent lists) kept right inside a raw IndexedDB transaction, and the fold
 * of the pending store into them. Used by the popup's one-click path, the background, and at the start
 * of every Dexie write transaction (through its native transaction), so pending rows never meet a
 * write that reads the rollups.
 */
import type { Occurrence } from '../../../shared/model';
import { addCounts, RECENT_LIMIT, rollupKeys, withRecent } from '../core/rollup-math';
import {
  type ChoreStatsRow,
  type DailyRow,
  type KvRow,
  type PendingRow,
  type RecentEntry,
  SETTINGS_KEY,
  type WeeklyRow,
} from '../core/rows';
import { type Settings, settingsFromStored } from '../core/settings';
import { request } from './requests';

/** The stores a fold reads and writes. */
export const FOLD_STORES = ['kv', 'pending', 'occurrences', 'weekly', 'daily', 'choreStats'];

type Counted = Pick<Occurrence, 'id' | 'choreId' | 'at' | 'minutes'>;
type Delta = { occurrences: number; minutes: number };

export async function settingsIn(tx: IDBTransaction): Promise<Settings> {
  const row = await request<KvRow | undefined>(tx.objectStore('kv').get(SETTINGS_KEY));
  return settingsFromStored(row?.value);
}

function addTo<K>(
  map: Map<string, { key: K; delta: Delta }>,
  id: string,
  key: K,
  sign: number,
  minutes: number,
) {
  const entry = map.get(id) ?? { key, delta: { occurrences: 0, minutes: 0 } };
  entry.delta.occurrences += sign;
  entry.delta.minutes += sign * minutes;
  map.set(id, entry);
}

/**
 * Adds (sign 1) or removes (sign -1) live occurrences from the weekly and daily rollups: one read and
 * one write per row touched, all issued at once. A row that reaches zero occurrences is deleted.
 */
export async function addToRollups(
  tx: IDBTransaction,
  settings: Settings,
  occs: readonly Counted[],
  sign: 1 | -1,
): Promise<void> {
  const weeks = new Map<string, { key: [string, number]; delta: Delta }>();
  const days = new Map<string, { key: number; delta: Delta }>();
  for (const occ of occs) {
    const keys = rollupKeys(settings, occ);
    addTo(weeks, `${keys.week[0]}\u0000${keys.week[1]}`, keys.week, sign, occ.minutes);
    addTo(days, String(keys.day), keys.day, sign, occ.minutes);
  }
  const weekly = tx.objectStore('weekly');
  const daily = tx.objectStore('daily');
  await Promise.all([
    ...[...weeks.values()].map(async ({ key, delta }) => {
      const row = await request<WeeklyRow | undefined>(weekly.get(key));
      const next = addCounts(
        row ?? { choreId: key[0], weekStart: key[1], occurrences: 0, minutes: 0 },
        delta.occurrences,
        delta.minutes,
      );
      return next.occurrences > 0 ? request(weekly.put(next)) : request(weekly.delete(key));
    }),
    ...[...days.values()].map(async ({ key, delta }) => {
      const row = await request<DailyRow | undefined>(daily.get(key));
      const next = addCounts(
        row ?? { dayStart: key, occurrences: 0, minutes: 0 },
        delta.occurrences,
        delta.minutes,
      );
      return next.occurrences > 0 ? request(daily.put(next)) : request(daily.delete(key));
    }),
  ]);
}

/** Stores the chore's recent list (newest first), or removes it when empty. */
export function rewriteRecent(tx: IDBTransaction, choreId: string, recent: RecentEntry[]) {
  const store = tx.objectStore('choreStats');
  const first = recent[0];
  return first
    ? request(store.put({ choreId, lastAt: first.at, recent } satisfies ChoreStatsRow))
    : request(store.delete(choreId));
}

/** Puts live occurrences into their chores' recent lists (no history read). */
export async function addRecent(tx: IDBTransaction, occs: readonly Counted[]): Promise<void> {
  const byChore = new Map<string, Counted[]>();
  for (const occ of occs) byChore.set(occ.choreId, [...(byChore.get(occ.choreId) ?? []), occ]);
  await Promise.all(
    [...byChore].map(async ([choreId, added]) => {
      let stats = await request<ChoreStatsRow | undefined>(tx.objectStore('choreStats').get(choreId));
      let changed = false;
      for (const occ of added) {
        const recent = withRecent(stats, occ);
        if (!recent) continue;
        stats = { choreId, lastAt: recent[0]?.at ?? occ.at, recent };
        changed = true;
      }
      if (changed && stats) await rewriteRecent(tx, choreId, stats.recent);
    }),
  );
}

/** The chore's newest live occurrences, read backwards through the [choreId+at] index: bounded. */
export function readRecentIn(tx: IDBTransaction, choreId: string): Promise<RecentEntry[]> {
  return new Promise((resolve, reject) => {
    const out: RecentEntry[] = [];
    const range = IDBKeyRange.bound([choreId, -Infinity], [choreId, Infinity]);
    const req = tx.objectStore('occurrences').index('[choreId+at]').openCursor(range, 'prev');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || out.length >= RECENT_LIMIT) return resolve(out);
      const occ = cursor.value as Occurrence;
      if (!occ.deleted) out.push({ id: occ.id, at: occ.at, minutes: occ.minutes });
      cursor.continue();
    };
  });
}

/** After an occurrence was deleted or edited: re-reads the chore's recent list if the entry was in it. */
export async function refreshRecent(tx: IDBTransaction, choreId: string, changedId: string): Promise<void> {
  const stats = await request<ChoreStatsRow | undefined>(tx.objectStore('choreStats').get(choreId));
  if (!stats?.recent.some((r) => r.id === changedId)) return;
  await rewriteRecent(tx, choreId, await readRecentIn(tx, choreId));
}

/** Live occurrences not yet in the rollups, oldest first. */
export function readPending(tx: IDBTransaction): Promise<PendingRow[]> {
  return request<PendingRow[]>(tx.objectStore('pending').getAll());
}

/**
 * Folds the pending occurrences into the rollups and recent lists and empties the store, inside the
 * caller's readwrite transaction (which must cover FOLD_STORES). Returns how many were folded.
 */
export async function foldPending(tx: IDBTransaction, known?: Settings): Promise<number> {
  const rows = await readPending(tx);
  const last = rows.at(-1)?.seq;
  if (last === undefined) return 0;
  const settings = known ?? (await settingsIn(tx));
  await Promise.all([
    addToRollups(tx, settings, rows, 1),
    addRecent(tx, rows),
    request(tx.objectStore('pending').delete(IDBKeyRange.upperBound(last))),
  ]);
  return rows.length;
}
