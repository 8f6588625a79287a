import { describe, expect, it } from 'vitest';
import { StorageFullError } from '../../../../extension/db/core/errors';
import { mergeChoresInto } from '../../../../extension/db/dexie/merge';
import { updateOccurrence } from '../../../../extension/db/dexie/occurrences';
import type { ToilDb } from '../../../../extension/db/dexie/schema';
import { dump, freshDb, WED } from '../../fixtures/db';
import { createAndLogChore, createChore, logOccurrence } from '../../fixtures/dexie-verbs';

/**
 * fake-indexeddb has no quota, so the one stand-in allowed: a Dexie hook on the outbox (written last
 * in every change) throws the error the browser raises, which aborts the transaction.
 */
function fillDisk(db: ToilDb, wrapped: boolean) {
  db.outbox.hook('creating', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (!wrapped) throw quota;
    throw Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
  });
}

describe.each([false, true])('when the disk is full (wrapped in AbortError: %s)', (wrapped) => {
  it('a one-click log fails with StorageFullError and nothing is half-written', async () => {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'Full disk chore', defaultMinutes: 5 }, WED);
    const before = await dump(db);
    fillDisk(db, wrapped);
    const error = await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toContain('run out of storage');
    expect(await dump(db)).toEqual(before);
  });

  it('creating, editing and merging fail whole too', async () => {
    const db = await freshDb();
    const { chore: a } = await createChore(db, { name: 'A chore', defaultMinutes: 5 }, WED);
    const { chore: b } = await createChore(db, { name: 'B chore', defaultMinutes: 5 }, WED);
    const occ = await logOccurrence(db, { choreId: a.id, source: 'click' }, WED);
    const before = await dump(db);
    fillDisk(db, wrapped);
    await expect(
      createAndLogChore(db, { name: 'New one', minutes: 3, source: 'form' }, WED),
    ).rejects.toBeInstanceOf(StorageFullError);
    await expect(updateOccurrence(db, occ.id, { minutes: 9 }, WED)).rejects.toBeInstanceOf(StorageFullError);
    await expect(mergeChoresInto(db, a.id, b.id, WED)).rejects.toBeInstanceOf(StorageFullError);
    expect(await dump(db)).toEqual(before);
  });
});
