import type { Chore } from '../../../shared/model';
import { pinsFromStored } from '../core/pins';
import {
  type ChoreStatsRow,
  type DailyRow,
  type KvRow,
  type PendingRow,
  PINS_KEY,
  SETTINGS_KEY,
  TIMER_KEY,
  type WeeklyRow,
} from '../core/rows';
import { settingsFromStored } from '../core/settings';
import { buildSnapshot, type PopupSnapshot, SNAPSHOT_WEEKS, type SnapshotRows } from '../core/snapshot';
import { timerFromStored } from '../core/timer';
import { request } from './requests';

const STORES = ['kv', 'chores', 'choreStats', 'weekly', 'daily', 'pending'];
const DAY = 86_400_000;

/**
 * What the popup shows, read in one raw IndexedDB transaction and one round of requests: the weeks
 * depend on the settings, so the rollups are read over a window wide enough for any time zone and week
 * start, and buildSnapshot keeps the exact weeks. Bounded: chores, recent lists, about 15 weeks of
 * rollups, a few days, the pending rows, the pins.
 */
export async function readSnapshotRows(db: IDBDatabase, now = Date.now()): Promise<SnapshotRows> {
  const tx = db.transaction(STORES, 'readonly');
  const store = (name: string) => tx.objectStore(name);
  const weeks = IDBKeyRange.bound(now - (SNAPSHOT_WEEKS + 2) * 7 * DAY, now + DAY);
  const [settingsRow, timerRow, pinsRow, chores, stats, pending, weekly, days] = await Promise.all([
    request<KvRow | undefined>(store('kv').get(SETTINGS_KEY)),
    request<KvRow | undefined>(store('kv').get(TIMER_KEY)),
    request<KvRow | undefined>(store('kv').get(PINS_KEY)),
    request<Chore[]>(store('chores').getAll()),
    request<ChoreStatsRow[]>(store('choreStats').getAll()),
    request<PendingRow[]>(store('pending').getAll()),
    request<WeeklyRow[]>(store('weekly').index('weekStart').getAll(weeks)),
    request<DailyRow[]>(store('daily').getAll(IDBKeyRange.bound(now - 2 * DAY, now + DAY))),
  ]);
  return {
    settings: settingsFromStored(settingsRow?.value),
    chores,
    stats,
    weekly,
    days,
    timer: timerFromStored(timerRow?.value),
    pending,
    pins: pinsFromStored(pinsRow?.value),
  };
}

/** The popup's snapshot (core/snapshot.ts) through raw IndexedDB. */
export async function readSnapshot(
  db: IDBDatabase,
  now = Date.now(),
  activeHost?: string,
): Promise<PopupSnapshot> {
  return buildSnapshot(await readSnapshotRows(db, now), now, activeHost);
}
