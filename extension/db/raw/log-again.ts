import type { Chore, Occurrence } from '../../../shared/model';
import { StorageFullError } from '../errors-lite';
import { newId } from '../ids';
import { bump, rollupKeys, withRecent } from '../rollup-math';
import type { ChoreStatsRow, DailyRow, KvRow, OutboxRow, WeeklyRow } from '../schema';
import { settingsFromStored } from '../settings-lite';
import { typicalFrom } from '../typical';
import { committed, request } from './idb';

const STORES = ['chores', 'choreStats', 'kv', 'occurrences', 'outbox', 'weekly', 'daily'];

/**
 * The "log it again" shortcut's write: the same records logOccurrence writes (occurrence, outbox row,
 * weekly and daily rollups, recent list) in one transaction, through raw IndexedDB. Nothing here comes
 * from the user: the chore is read from the database and the minutes are its typical duration.
 * Returns null when the chore is gone.
 */
export async function logAgain(db: IDBDatabase, choreId: string, now: number): Promise<Occurrence | null> {
  const tx = db.transaction(STORES, 'readwrite');
  const done = committed(tx);
  const store = (name: string) => tx.objectStore(name);
  try {
    const [chore, stats, settingsRow] = await Promise.all([
      request<Chore | undefined>(store('chores').get(choreId)),
      request<ChoreStatsRow | undefined>(store('choreStats').get(choreId)),
      request<KvRow | undefined>(store('kv').get('settings')),
    ]);
    if (!chore || chore.deleted) {
      tx.abort();
      await done.catch(() => undefined);
      return null;
    }
    const occ: Occurrence = {
      id: newId(),
      choreId,
      at: now,
      minutes: typicalFrom(chore, stats),
      source: 'shortcut',
      updatedAt: now,
      deleted: false,
    };
    const keys = rollupKeys(settingsFromStored(settingsRow?.value), occ);
    const [week, day] = await Promise.all([
      request<WeeklyRow | undefined>(store('weekly').get(keys.week)),
      request<DailyRow | undefined>(store('daily').get(keys.day)),
    ]);
    const [, weekStart] = keys.week;
    const recent = withRecent(stats, occ);
    store('occurrences').add(occ);
    store('outbox').add({ table: 'occurrences', id: occ.id, op: 'put', at: now } satisfies OutboxRow);
    store('weekly').put(bump(week ?? { choreId, weekStart, occurrences: 0, minutes: 0 }, 1, occ.minutes));
    store('daily').put(bump(day ?? { dayStart: keys.day, occurrences: 0, minutes: 0 }, 1, occ.minutes));
    if (recent)
      store('choreStats').put({ choreId, lastAt: recent[0]?.at ?? now, recent } satisfies ChoreStatsRow);
    await done;
    return occ;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    throw name === 'QuotaExceededError' ? new StorageFullError(error) : error;
  }
}
