import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Chore, Occurrence } from '../../shared/model';
import { DB_NAME } from './name';
import { rebuildRollups } from './rollup-rebuild';

/** Per chore and week (in the user's time zone): what the ranking reads instead of the history. */
export type WeeklyRow = { choreId: string; weekStart: number; occurrences: number; minutes: number };
/** Per local day, all chores: today's total at a glance. */
export type DailyRow = { dayStart: number; occurrences: number; minutes: number };
/** A chore's latest live occurrences, newest first: the typical duration and "recently used" order. */
export type RecentEntry = { id: string; at: number; minutes: number };
export type ChoreStatsRow = { choreId: string; lastAt: number; recent: RecentEntry[] };
/** A change the sync issue will upload: written in the same transaction as the change itself. */
export type OutboxRow = {
  seq?: number;
  table: 'chores' | 'occurrences';
  id: string;
  op: 'put' | 'delete';
  at: number;
};
export type KvRow = { key: string; value: unknown };
/**
 * A live occurrence the one-click path stored without touching the rollups (so the click's transaction
 * needs no reads). Readers add these in; the next write transaction folds them into the rollups.
 */
export type PendingRow = { seq?: number; id: string; choreId: string; at: number; minutes: number };

export { DB_NAME };

/**
 * The extension's database and its whole version history. Only indexed fields are declared.
 * Version 1 held the records; version 2 added the rollups the popup reads, built from existing data;
 * version 3 added the occurrences not yet folded into the rollups (pending).
 */
export class ToilDb extends Dexie {
  chores!: EntityTable<Chore, 'id'>;
  occurrences!: EntityTable<Occurrence, 'id'>;
  weekly!: Table<WeeklyRow, [string, number]>;
  daily!: EntityTable<DailyRow, 'dayStart'>;
  choreStats!: EntityTable<ChoreStatsRow, 'choreId'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  kv!: EntityTable<KvRow, 'key'>;
  pending!: EntityTable<PendingRow, 'seq'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      chores: 'id, key',
      // [choreId+at] also serves where('choreId') queries (Dexie uses the compound index's prefix).
      occurrences: 'id, at, [choreId+at]',
      outbox: '++seq',
      kv: 'key',
    });
    this.version(2)
      .stores({
        weekly: '[choreId+weekStart], weekStart',
        daily: 'dayStart',
        choreStats: 'choreId, lastAt',
      })
      .upgrade((tx: Transaction) => rebuildRollups(tx));
    this.version(3).stores({ pending: '++seq' });
  }
}

/** The tables every change to occurrences touches, for one `rw` transaction. */
export function writeTables(db: ToilDb) {
  return [db.chores, db.occurrences, db.weekly, db.daily, db.choreStats, db.outbox, db.kv, db.pending];
}
