import type { Chore, Occurrence } from '../../../shared/model';
import { type ImportResult, importJson as parseJson, exportJson as toJson } from '../../../shared/transfer';
import { exportCsv as toCsv } from '../../../shared/transfer-csv';
import type { OutboxRow } from '../core/rows';
import { guardStorage } from './errors';
import { rebuildRollups } from './rollups';
import type { ToilDb } from './schema';
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

/**
 * A file's chore without its repository: "Open issue" would send the chore's figures to whatever host a
 * file names, so a repository is only ever set here, by the user, on the chore's card.
 */
function withoutRepository(chore: Chore): Chore {
  const { repository: _dropped, ...rest } = chore;
  return rest;
}

// A record already here wins over the file's copy only when it changed more recently.
function newer<T extends { id: string; updatedAt: number }>(incoming: T[], stored: (T | undefined)[]): T[] {
  return incoming.filter(
    (record, i) => (stored[i]?.updatedAt ?? Number.NEGATIVE_INFINITY) <= record.updatedAt,
  );
}

/**
 * The file's live chores that are already here under another id (same name by choreKey: the same chore
 * created on two devices, or twice in the file), mapped to the chore that stays. They are not stored;
 * their entries move to the chore that stays, so one chore is never listed twice.
 */
async function sameNamedChores(db: ToilDb, incoming: Chore[]): Promise<Map<string, string>> {
  const keeper = new Map<string, string>();
  for (const chore of await db.chores.toArray()) if (!chore.deleted) keeper.set(chore.key, chore.id);
  const alias = new Map<string, string>();
  for (const chore of incoming) {
    if (chore.deleted) continue;
    const kept = keeper.get(chore.key);
    if (kept === undefined) keeper.set(chore.key, chore.id);
    else if (kept !== chore.id) alias.set(chore.id, kept);
  }
  return alias;
}

/**
 * Imports a JSON export. The file is validated whole by shared/transfer first: a bad file returns its
 * first problems and changes nothing. A good one is written in one transaction with outbox rows, then
 * the rollups are rebuilt from the merged history. A chore already here under another id keeps its id
 * (see sameNamedChores). The file's repositories are dropped (withoutRepository), and counted.
 */
export async function importJson(
  db: ToilDb,
  text: string,
  now = Date.now(),
): Promise<ImportResult & { repositoriesDropped?: number }> {
  const result = parseJson(text);
  if (!result.ok) return result;
  const repositoriesDropped = result.chores.filter((c) => c.repository !== undefined).length;
  await guardStorage(() =>
    writeTransaction(db, async () => {
      const alias = await sameNamedChores(db, result.chores);
      const incomingChores = result.chores.filter((c) => !alias.has(c.id)).map(withoutRepository);
      const incomingOccurrences = result.occurrences.map((o) => {
        const into = alias.get(o.choreId);
        return into ? { ...o, choreId: into } : o;
      });
      const [storedChores, storedOccurrences] = await Promise.all([
        db.chores.bulkGet(incomingChores.map((c) => c.id)),
        db.occurrences.bulkGet(incomingOccurrences.map((o) => o.id)),
      ]);
      // A chore already here keeps the repository set here.
      const chores: Chore[] = newer(incomingChores, storedChores).map((c) => {
        const here = storedChores.find((stored) => stored?.id === c.id)?.repository;
        return here ? { ...c, repository: here } : c;
      });
      const occurrences: Occurrence[] = newer(incomingOccurrences, storedOccurrences);
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
  return { ...result, repositoriesDropped };
}
