import type { Change } from '../../shared/api/sync';
import type { Chore, Occurrence } from '../../shared/model';
import type { ToilDb } from '../db/dexie/schema';

/** What one push sends, and the outbox rows it settles once the server has answered. */
export type PushBatch = {
  changes: Change[];
  /** The outbox row numbers this batch covers (including private records, which are never sent). */
  seqs: number[];
};

/** A chore as the server may see it: no site pattern, no privacy flag, no key (the server derives it). */
export function wireChore(chore: Chore): Change {
  const { key: _key, sitePattern: _site, private: _private, ...wire } = chore;
  return { type: 'chore', chore: wire };
}

/** An occurrence as the server may see it: its note stays on the device. */
export function wireOccurrence(occ: Occurrence): Change {
  const { note: _note, ...wire } = occ;
  return { type: 'occurrence', occurrence: wire };
}

/**
 * The oldest `limit` outbox rows as one push: each record once (its current state, however often it
 * changed), chores before occurrences so a new chore and its first entries travel together. Private
 * chores and their entries are covered (their rows are settled) but never sent.
 */
export async function nextBatch(db: ToilDb, limit: number): Promise<PushBatch | undefined> {
  return db.transaction('r', [db.outbox, db.chores, db.occurrences], async () => {
    const rows = await db.outbox.orderBy('seq').limit(limit).toArray();
    if (rows.length === 0) return undefined;
    const choreIds = [...new Set(rows.filter((r) => r.table === 'chores').map((r) => r.id))];
    const occIds = [...new Set(rows.filter((r) => r.table === 'occurrences').map((r) => r.id))];
    const [chores, occurrences] = await Promise.all([
      db.chores.bulkGet(choreIds),
      db.occurrences.bulkGet(occIds),
    ]);
    const live = occurrences.filter((o): o is Occurrence => o !== undefined);
    const parents = await db.chores.bulkGet([...new Set(live.map((o) => o.choreId))]);
    const privateChores = new Set(parents.filter((c) => c?.private).map((c) => c?.id));
    const changes: Change[] = [
      ...chores.filter((c): c is Chore => c !== undefined && !c.private).map(wireChore),
      ...live.filter((o) => !privateChores.has(o.choreId)).map(wireOccurrence),
    ];
    return {
      changes,
      seqs: rows.map((r) => r.seq).filter((s): s is number => s !== undefined),
    };
  });
}

/** Settles the rows a push covered; rows added while it was in flight stay for the next push. */
export function settleBatch(db: ToilDb, seqs: number[]): Promise<void> {
  return db.outbox.bulkDelete(seqs);
}
