import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../extension/db/core/errors';
import {
  deleteOccurrence,
  restoreOccurrence,
  updateOccurrence,
} from '../../../../extension/db/dexie/occurrences';
import { DAY, dump, expectRollupsMatchHistory, freshDb, HOUR, WED } from '../../fixtures/db';
import { createAndLogChore, createChore, logOccurrence } from '../../fixtures/dexie-verbs';

async function withChore(minutes = 10) {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Restart flaky CI job', defaultMinutes: minutes }, WED);
  return { db, chore };
}

describe('logOccurrence', () => {
  it('logs now with the default minutes, and writes the outbox row and rollups with it', async () => {
    const { db, chore } = await withChore(7);
    const occ = await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED);
    expect(occ).toMatchObject({ choreId: chore.id, at: WED, minutes: 7, source: 'click', deleted: false });
    expect(await db.occurrences.get(occ.id)).toEqual(occ);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((r) => [r.table, r.id, r.op])).toEqual([
      ['chores', chore.id, 'put'],
      ['occurrences', occ.id, 'put'],
    ]);
    expect(await db.weekly.toArray()).toHaveLength(1);
    expect((await db.daily.toArray())[0]).toMatchObject({ occurrences: 1, minutes: 7 });
    await expectRollupsMatchHistory(db);
  });

  it('uses the median of recent occurrences once the chore has a history', async () => {
    const { db, chore } = await withChore(10);
    for (const [i, minutes] of [4, 30, 6].entries()) {
      await logOccurrence(db, { choreId: chore.id, minutes, source: 'form' }, WED + i * HOUR);
    }
    const occ = await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED + 5 * HOUR);
    // The median of 4, 30, 6 and the chore's set 10, which counts as one entry (core/typical.ts).
    expect(occ.minutes).toBe(8);
  });

  it.each([
    [{ minutes: 0 }, 'minutes must be more than 0'],
    [{ minutes: -3 }, 'minutes must be more than 0'],
    [{ minutes: 1441 }, 'minutes must be at most 1440'],
    [{ minutes: Number.NaN }, 'minutes'],
    [{ minutes: '5' }, 'minutes must be a number'],
    [{ source: 'telepathy' }, 'source must be one of'],
    [{ choreId: 'nope' }, 'id must be'],
  ])('rejects %o with a clear message and stores nothing', async (bad, message) => {
    const { db, chore } = await withChore();
    const before = await dump(db);
    const input = { choreId: chore.id, source: 'click', ...bad } as Parameters<typeof logOccurrence>[1];
    const error = await logOccurrence(db, input, WED).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(String((error as InputError).message)).toContain(message);
    expect(await dump(db)).toEqual(before);
  });

  it('rejects a chore that does not exist, storing nothing', async () => {
    const { db } = await withChore();
    const before = await dump(db);
    await expect(logOccurrence(db, { choreId: 'missing-chore-id', source: 'click' }, WED)).rejects.toThrow(
      'That chore no longer exists',
    );
    expect(await dump(db)).toEqual(before);
  });
});

describe('createAndLogChore', () => {
  it('creates the chore and logs it in one go, reusing a chore with the same key', async () => {
    const db = await freshDb();
    const first = await createAndLogChore(
      db,
      { name: 'Rotate  TLS certs', minutes: 20, source: 'form' },
      WED,
    );
    const second = await createAndLogChore(
      db,
      { name: 'rotate tls certs ', minutes: 25, source: 'form' },
      WED + HOUR,
    );
    expect(first.existed).toBe(false);
    expect(second.existed).toBe(true);
    expect(second.chore.id).toBe(first.chore.id);
    expect(await db.chores.count()).toBe(1);
    expect((await db.occurrences.toArray()).map((o) => o.minutes).sort()).toEqual([20, 25]);
    await expectRollupsMatchHistory(db);
  });

  it.each(['', '   ', 'x'.repeat(121), 'evil\u202ename'])(
    'rejects the name %j and creates nothing',
    async (name) => {
      const db = await freshDb();
      const before = await dump(db);
      await expect(createAndLogChore(db, { name, minutes: 5, source: 'form' }, WED)).rejects.toBeInstanceOf(
        InputError,
      );
      expect(await dump(db)).toEqual(before);
    },
  );
});

describe('editing, deleting, undoing and restoring keep the rollups right', () => {
  it('moves minutes between weeks and days when an entry is edited', async () => {
    const { db, chore } = await withChore();
    const occ = await logOccurrence(db, { choreId: chore.id, minutes: 10, source: 'click' }, WED);
    await logOccurrence(db, { choreId: chore.id, minutes: 5, source: 'click' }, WED + HOUR);
    await updateOccurrence(
      db,
      occ.id,
      { minutes: 12.5, at: WED - 7 * DAY, note: 'late night' },
      WED + 2 * HOUR,
    );
    const stored = await db.occurrences.get(occ.id);
    expect(stored).toMatchObject({ minutes: 12.5, at: WED - 7 * DAY, note: 'late night' });
    expect(await db.weekly.count()).toBe(2);
    await expectRollupsMatchHistory(db);
  });

  it('moves an entry to another chore', async () => {
    const { db, chore } = await withChore();
    const { chore: other } = await createChore(db, { name: 'Reset password', defaultMinutes: 3 }, WED);
    const occ = await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED);
    await updateOccurrence(db, occ.id, { choreId: other.id }, WED + HOUR);
    expect((await db.weekly.toArray()).map((w) => w.choreId)).toEqual([other.id]);
    expect(await db.choreStats.get(chore.id)).toBeUndefined();
    await expectRollupsMatchHistory(db);
  });

  it('undo tombstones the entry, takes it out of every total, and restore puts it back', async () => {
    const { db, chore } = await withChore();
    const occ = await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED);
    await deleteOccurrence(db, occ.id, WED + 1000);
    expect(await db.occurrences.get(occ.id)).toMatchObject({ deleted: true, updatedAt: WED + 1000 });
    expect(await db.weekly.count()).toBe(0);
    expect(await db.daily.count()).toBe(0);
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({
      table: 'occurrences',
      id: occ.id,
      op: 'delete',
    });
    await expectRollupsMatchHistory(db);

    await restoreOccurrence(db, occ.id, WED + 2000);
    expect(await db.occurrences.get(occ.id)).toMatchObject({ deleted: false });
    await expectRollupsMatchHistory(db);
  });

  it('deleting twice changes the totals once', async () => {
    const { db, chore } = await withChore();
    const keep = await logOccurrence(db, { choreId: chore.id, minutes: 4, source: 'click' }, WED);
    const gone = await logOccurrence(db, { choreId: chore.id, minutes: 6, source: 'click' }, WED + HOUR);
    await deleteOccurrence(db, gone.id, WED + 2 * HOUR);
    await deleteOccurrence(db, gone.id, WED + 3 * HOUR);
    expect((await db.weekly.toArray())[0]).toMatchObject({ occurrences: 1, minutes: 4 });
    expect((await db.choreStats.get(chore.id))?.recent.map((r) => r.id)).toEqual([keep.id]);
    await expectRollupsMatchHistory(db);
  });

  it('rejects a bad edit and leaves the entry and totals as they were', async () => {
    const { db, chore } = await withChore();
    const occ = await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED);
    const before = await dump(db);
    await expect(updateOccurrence(db, occ.id, { minutes: 2000 })).rejects.toBeInstanceOf(InputError);
    await expect(updateOccurrence(db, occ.id, { choreId: 'no-such-chore' })).rejects.toBeInstanceOf(
      InputError,
    );
    await expect(updateOccurrence(db, 'no-such-entry', { minutes: 3 })).rejects.toBeInstanceOf(InputError);
    expect(await dump(db)).toEqual(before);
  });

  it('keeps the recent list to the newest twenty across many logs and deletes', async () => {
    const { db, chore } = await withChore();
    const logged = [];
    for (let i = 0; i < 30; i++) {
      logged.push(
        await logOccurrence(db, { choreId: chore.id, minutes: 1 + i, source: 'click' }, WED - i * DAY),
      );
    }
    for (const occ of logged.slice(0, 5)) await deleteOccurrence(db, occ.id, WED + HOUR);
    await expectRollupsMatchHistory(db);
  });
});
