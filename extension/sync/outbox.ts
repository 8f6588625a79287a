/**
 * The outbox as the sync session reads it, through raw IndexedDB (the same in the pages, on their Dexie
 * database's own connection, and in the background, which has no Dexie). settle.ts settles it.
 */
import type { PushChange } from '../../shared/api/sync';
import type { Chore, Occurrence } from '../../shared/model';
import type { OutboxRow } from '../db/core/rows';
import { request } from '../db/idb/requests';
import { wireChore, wireOccurrence } from './wire';

/** One record's change as pushed, and the outbox rows it settles once the server has answered. */
export type PushItem = {
  /** `${table}:${id}`: how stuck changes are named (state.ts). */
  key: string;
  change: PushChange;
  seqs: number[];
  /** An occurrence's chore: held back while that chore is stuck (the server would refuse it). */
  choreId?: string;
};

/** What one push sends, and the rows read for nothing to send (private, gone), settled at once. */
export type PushBatch = { items: PushItem[]; unsent: number[]; last: number };

export const outboxKey = (table: OutboxRow['table'], id: string) => `${table}:${id}`;

const seqsOf = (rows: OutboxRow[]) => rows.map((r) => r.seq).filter((s): s is number => s !== undefined);

function groupRows(rows: OutboxRow[]): Map<string, OutboxRow[]> {
  const groups = new Map<string, OutboxRow[]>();
  for (const row of rows) {
    const key = outboxKey(row.table, row.id);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

/**
 * The changes for these rows: each record once (its current state, however often it changed), chores
 * before occurrences so a new chore and its first entries travel together. A chore made private is
 * pushed as "private" when a row says it was made private here, else not at all; its entries are never
 * sent. Entries of a `held` chore are left in the outbox, neither sent nor settled.
 */
async function itemsOf(idb: IDBDatabase, rows: OutboxRow[], held: (key: string) => boolean) {
  const tx = idb.transaction(['chores', 'occurrences']);
  const get = <T>(store: string, id: string) => request<T | undefined>(tx.objectStore(store).get(id));
  const groups = [...groupRows(rows).entries()];
  const chores = groups.filter(([, g]) => g[0]?.table === 'chores');
  const occs = groups.filter(([, g]) => g[0]?.table === 'occurrences');
  const items: PushItem[] = [];
  const unsent: number[] = [];
  for (const [key, group] of chores) {
    const id = group[0]?.id ?? '';
    const chore = await get<Chore>('chores', id);
    const seqs = seqsOf(group);
    if (!chore || (chore.private && !group.some((r) => r.op === 'private'))) unsent.push(...seqs);
    else if (chore.private) items.push({ key, change: { type: 'private', choreId: id }, seqs });
    else items.push({ key, change: wireChore(chore), seqs });
  }
  for (const [key, group] of occs) {
    const occ = await get<Occurrence>('occurrences', group[0]?.id ?? '');
    const parent = occ && (await get<Chore>('chores', occ.choreId));
    const seqs = seqsOf(group);
    if (!occ || parent?.private) unsent.push(...seqs);
    else if (!held(outboxKey('chores', occ.choreId))) {
      items.push({ key, change: wireOccurrence(occ), seqs, choreId: occ.choreId });
    }
  }
  return { items, unsent };
}

/**
 * The next push: up to `limit` outbox rows after row `after`, skipping the records `held` (stuck ones,
 * and entries of stuck chores). Undefined when no row is left after `after`.
 */
export async function readBatch(
  idb: IDBDatabase,
  { limit, after, held }: { limit: number; after: number; held: (key: string) => boolean },
): Promise<PushBatch | undefined> {
  const rows: OutboxRow[] = [];
  let last = after;
  for (;;) {
    const range = IDBKeyRange.lowerBound(last, true);
    const chunk = await request<OutboxRow[]>(
      idb.transaction('outbox').objectStore('outbox').getAll(range, limit),
    );
    for (const row of chunk) {
      if (rows.length === limit) break;
      last = row.seq ?? last;
      if (!held(outboxKey(row.table, row.id))) rows.push(row);
    }
    if (rows.length === limit || chunk.length < limit) break;
  }
  if (last === after) return undefined;
  return { ...(await itemsOf(idb, rows, held)), last };
}

/** The current change of each of these records (stuck ones, tried again alone), from all their rows. */
export async function readItems(idb: IDBDatabase, keys: Set<string>): Promise<PushBatch> {
  const all = await request<OutboxRow[]>(idb.transaction('outbox').objectStore('outbox').getAll());
  const rows = all.filter((r) => keys.has(outboxKey(r.table, r.id)));
  return { ...(await itemsOf(idb, rows, () => false)), last: 0 };
}
