import type { Chore, Occurrence } from '../../shared/model';
import { type ImportResult, importJson as parseJson, exportJson as toJson } from '../../shared/transfer';
import { exportCsv as toCsv } from '../../shared/transfer-csv';
import { guardStorage } from './errors';
import { rebuildRollups } from './rollup-rebuild';
import type { OutboxRow, ToilDb } from './schema';
import { getSettings } from './settings';
import { writeTransaction } from './write-transaction';

async function everything(db: ToilDb) {
  return db.transaction('r', [db.chores, db.occurrences], async () => ({
    chores: await db.chores.toArray(),
    occurrences: await db.occurrences.toArray(),
  }));
}

/** The whole history, tombstones included, as the lossless JSON file of shared/transfer. */
export async function exportJson(db: ToilDb, now = Date.now()): Promise<string> {
  return toJson(await everything(db), now);
}

/** Live entries as CSV for a spreadsheet, with local dates and times in the user's time zone. */
export async function exportCsv(db: ToilDb): Promise<string> {
  const [data, settings] = await Promise.all([everything(db), getSettings(db)]);
  return toCsv(data, settings.timeZone);
}

// A record already here wins over the file's copy only when it changed more recently.
function newer<T extends { id: string; updatedAt: number }>(incoming: T[], stored: (T | undefined)[]): T[] {
  return incoming.filter(
    (record, i) => (stored[i]?.updatedAt ?? Number.NEGATIVE_INFINITY) <= record.updatedAt,
  );
}

/**
 * Imports a JSON export. The file is validated whole by shared/transfer first: a bad file returns its
 * first problems and changes nothing. A good one is written in one transaction with outbox rows, then
 * the rollups are rebuilt from the merged history.
 */
export async function importJson(db: ToilDb, text: string, now = Date.now()): Promise<ImportResult> {
  const result = parseJson(text);
  if (!result.ok) return result;
  await guardStorage(() =>
    writeTransaction(db, async () => {
      const [storedChores, storedOccurrences] = await Promise.all([
        db.chores.bulkGet(result.chores.map((c) => c.id)),
        db.occurrences.bulkGet(result.occurrences.map((o) => o.id)),
      ]);
      const chores: Chore[] = newer(result.chores, storedChores);
      const occurrences: Occurrence[] = newer(result.occurrences, storedOccurrences);
      const outbox: OutboxRow[] = [
        ...chores.map((c) => ({ table: 'chores' as const, id: c.id, op: 'put' as const, at: now })),
        ...occurrences.map((o) => ({ table: 'occurrences' as const, id: o.id, op: 'put' as const, at: now })),
      ];
      await Promise.all([
        db.chores.bulkPut(chores),
        db.occurrences.bulkPut(occurrences),
        db.outbox.bulkAdd(outbox),
      ]);
      await rebuildRollups(db);
    }),
  );
  return result;
}
