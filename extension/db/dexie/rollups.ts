import { Dexie, type Table } from 'dexie';
import type { Occurrence } from '../../../shared/model';
import { dayContaining, weekContaining } from '../core/periods';
import { RECENT_LIMIT } from '../core/rollup-math';
import {
  type ChoreStatsRow,
  type DailyRow,
  type RecentEntry,
  SETTINGS_KEY,
  type WeeklyRow,
} from '../core/rows';
import { type Settings, settingsFromStored } from '../core/settings';
import { addRecent, addToRollups, readRecentIn, refreshRecent, rewriteRecent } from '../idb/rollups';

/**
 * The rollups from inside a Dexie transaction. Kept right by each write: the work is done once, in
 * idb/rollups.ts, on the transaction's native IndexedDB transaction (the popup and the background use it
 * directly). Rebuilt from the whole history when the week boundaries move (rebuildRollups).
 */

type Counted = Pick<Occurrence, 'id' | 'choreId' | 'at' | 'minutes'>;

function nativeTransaction(): IDBTransaction {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('The rollups can only change inside a transaction.');
  return tx.idbtrans;
}

/** Adds (sign 1) or removes (sign -1) one live occurrence from the weekly and daily rollups. */
export function applyToRollups(settings: Settings, occ: Counted, sign: 1 | -1): Promise<void> {
  return addToRollups(nativeTransaction(), settings, [occ], sign);
}

/** Keeps the chore's recent list right after a live occurrence was added (cheap: no history read). */
export function addToStats(occ: Counted): Promise<void> {
  return addRecent(nativeTransaction(), [occ]);
}

/**
 * After an occurrence was deleted, moved or edited: re-reads the chore's recent list if it was in it
 * (or always, without `changedId`). One that is not listed is older than a full list, so nothing changes.
 */
export async function refreshStats(choreId: string, changedId?: string): Promise<void> {
  const tx = nativeTransaction();
  if (changedId !== undefined) return refreshRecent(tx, choreId, changedId);
  await rewriteRecent(tx, choreId, await readRecentIn(tx, choreId));
}

/** A Dexie database or an upgrade transaction: both give tables by name. */
type TableSource = { table(name: string): Table };

type Range = { start: number; end: number };

/**
 * Rebuilds every rollup from the whole history: used by the version 2 upgrade, by an import, and when
 * the time zone or week start changes. Walks occurrences in time order so each week and day range is
 * computed once, not once per occurrence. Runs inside the caller's transaction.
 */
export async function rebuildRollups(source: TableSource): Promise<void> {
  // Settings were validated when saved; the upgrade must not need zod (the background opens the db too).
  const settings = settingsFromStored(
    ((await source.table('kv').get(SETTINGS_KEY)) as { value?: unknown } | undefined)?.value,
  );
  const weekly = new Map<string, WeeklyRow>();
  const daily = new Map<number, DailyRow>();
  const recent = new Map<string, RecentEntry[]>();
  let week: Range = { start: 0, end: 0 };
  let day: Range = { start: 0, end: 0 };

  await source
    .table('occurrences')
    .orderBy('at')
    .each((occ: Occurrence) => {
      if (occ.deleted) return;
      if (occ.at < week.start || occ.at >= week.end) {
        week = weekContaining(occ.at, settings.timeZone, settings.weekStartsOn);
      }
      if (occ.at < day.start || occ.at >= day.end) day = dayContaining(occ.at, settings.timeZone);
      const weekKey = `${occ.choreId}\u0000${week.start}`;
      const w = weekly.get(weekKey) ?? {
        choreId: occ.choreId,
        weekStart: week.start,
        occurrences: 0,
        minutes: 0,
      };
      weekly.set(weekKey, { ...w, occurrences: w.occurrences + 1, minutes: w.minutes + occ.minutes });
      const d = daily.get(day.start) ?? { dayStart: day.start, occurrences: 0, minutes: 0 };
      daily.set(day.start, { ...d, occurrences: d.occurrences + 1, minutes: d.minutes + occ.minutes });
      const list = recent.get(occ.choreId) ?? [];
      list.push({ id: occ.id, at: occ.at, minutes: occ.minutes });
      if (list.length > RECENT_LIMIT) list.shift();
      recent.set(occ.choreId, list);
    });

  const stats: ChoreStatsRow[] = [...recent].map(([choreId, list]) => {
    const newestFirst = list.reverse();
    return { choreId, lastAt: newestFirst[0]?.at ?? 0, recent: newestFirst };
  });
  const round = <T extends { minutes: number }>(row: T): T => ({
    ...row,
    minutes: Math.round(row.minutes * 1e6) / 1e6,
  });
  await Promise.all([
    source.table('weekly').clear(),
    source.table('daily').clear(),
    source.table('choreStats').clear(),
  ]);
  await Promise.all([
    source.table('weekly').bulkPut([...weekly.values()].map(round)),
    source.table('daily').bulkPut([...daily.values()].map(round)),
    source.table('choreStats').bulkPut(stats),
  ]);
}
