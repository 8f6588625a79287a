import type { Chore } from '../../../shared/model';
import type { ChoreStatsRow, DailyRow, KvRow, PendingRow, WeeklyRow } from '../schema';
import { settingsFromStored } from '../settings-lite';
import { buildSnapshot, type PopupSnapshot, snapshotRange } from '../snapshot-build';
import { TIMER_KEY, timerFromStored } from '../timer-math';
import { request } from './idb';

const STORES = ['kv', 'chores', 'choreStats', 'weekly', 'daily', 'pending'];

/**
 * The popup's snapshot (see snapshot-build.ts), read in one raw IndexedDB transaction: the settings,
 * then the weeks they define. Bounded: chores, recent lists, 13 weeks of rollups, today, pending rows.
 */
export async function readSnapshot(
  db: IDBDatabase,
  now = Date.now(),
  activeHost?: string,
): Promise<PopupSnapshot> {
  const tx = db.transaction(STORES, 'readonly');
  const store = (name: string) => tx.objectStore(name);
  const [settingsRow, timerRow, chores, stats, pending] = await Promise.all([
    request<KvRow | undefined>(store('kv').get('settings')),
    request<KvRow | undefined>(store('kv').get(TIMER_KEY)),
    request<Chore[]>(store('chores').getAll()),
    request<ChoreStatsRow[]>(store('choreStats').getAll()),
    request<PendingRow[]>(store('pending').getAll()),
  ]);
  const settings = settingsFromStored(settingsRow?.value);
  const { weeks, day } = snapshotRange(now, settings);
  const first = weeks[0]?.start ?? now;
  const current = weeks.at(-1)?.start ?? now;
  const [weekly, today] = await Promise.all([
    request<WeeklyRow[]>(store('weekly').index('weekStart').getAll(IDBKeyRange.bound(first, current))),
    request<DailyRow | undefined>(store('daily').get(day.start)),
  ]);
  const timer = timerFromStored(timerRow?.value);
  return buildSnapshot({ settings, chores, stats, weekly, today, timer, pending }, now, activeHost);
}
