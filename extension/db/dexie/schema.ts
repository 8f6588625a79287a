import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Chore, Occurrence } from '../../../shared/model';
import {
  type ChoreStatsRow,
  type DailyRow,
  DB_NAME,
  type KvRow,
  type OutboxRow,
  type PendingRow,
  type WeeklyRow,
} from '../core/rows';
import type { CandidateRow, DismissedRow } from './discovery-rows';
import { rebuildRollups } from './rollups';

/**
 * The extension's database and its whole version history. Only indexed fields are declared.
 * Version 1 held the records; version 2 added the rollups the popup reads, built from existing data;
 * version 3 added the occurrences not yet folded into the rollups (pending); version 4 added toil
 * discovery's candidates and dismissed templates (device-only: never synced, see discovery.ts).
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
  candidates!: EntityTable<CandidateRow, 'id'>;
  dismissed!: EntityTable<DismissedRow, 'templateId'>;

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
    this.version(4).stores({ candidates: 'id', dismissed: 'templateId' });
  }
}

/** The tables every change to occurrences touches, for one `rw` transaction. */
export function writeTables(db: ToilDb) {
  return [db.chores, db.occurrences, db.weekly, db.daily, db.choreStats, db.outbox, db.kv, db.pending];
}
