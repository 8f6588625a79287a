// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PRIVATE_ON_SERVER, updateChore } from '../../../extension/db/dexie/chores';
import { setChoreShared } from '../../../extension/sync/sharing';
import { readSyncState } from '../../../extension/sync/state';
import { wireChore, wireOccurrence } from '../../../extension/sync/wire';
import { HOUR, WED } from '../fixtures/db';
import { createAndLogChore, logOccurrence } from '../fixtures/dexie-verbs';
import { countPushes, joinedDevice, sessions } from '../fixtures/sessions';
import { stubServer } from '../fixtures/sync-stub';

/**
 * Once a chore is private on any of the member's devices, the server holds none of it and no device
 * pushes it again: the device that made it private tells the server; the others learn it from the
 * pulled tombstone, or from the server's refusal (code 'private').
 */
describe.each(sessions)('private chores, with %s', (_checks, session) => {
  it('tells the server, which forgets the chore; sharing it again is then refused in plain words', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const { chore } = await createAndLogChore(db, { name: 'Dentist', minutes: 30, source: 'form' }, WED);
    await session(db, server, { now: () => WED });
    expect(server.feed().map((c) => c.type)).toEqual(['chore', 'occurrence']);

    await updateChore(db, chore.id, { private: true }, WED + HOUR);
    await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED + HOUR);
    const pushes = countPushes(server);
    expect(await session(db, server, { fetch: pushes.fetch, now: () => WED + HOUR })).toMatchObject({
      status: 'synced',
    });

    expect(pushes.bodies.join()).not.toContain('Dentist');
    expect(server.feed()).toEqual([expect.objectContaining({ type: 'private', choreId: chore.id })]);
    expect((await readSyncState(db))?.privateOnServer).toEqual([chore.id]);
    await expect(updateChore(db, chore.id, { private: false })).rejects.toThrow(PRIVATE_ON_SERVER);
    await expect(setChoreShared(db, chore.id, true)).rejects.toThrow(PRIVATE_ON_SERVER);
    expect((await db.chores.get(chore.id))?.private).toBe(true);
  });

  it('lets a chore made private and shared again before any sync go out as shared', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const { chore } = await createAndLogChore(db, { name: 'Standup notes', minutes: 5, source: 'form' }, WED);
    await updateChore(db, chore.id, { private: true }, WED);
    await updateChore(db, chore.id, { private: false }, WED);

    await session(db, server, { now: () => WED });
    expect(server.feed().map((c) => c.type)).toEqual(['chore', 'occurrence']);
    expect((await readSyncState(db))?.privateOnServer).toBeUndefined();
  });

  it('makes a chore private when its tombstone is pulled, and never pushes it or its entries again', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const { chore, occurrence } = await createAndLogChore(
      db,
      { name: 'Payroll', minutes: 9, source: 'form' },
      WED,
    );
    await session(db, server, { now: () => WED });
    // The member's laptop made it private.
    server.add([{ type: 'private', choreId: chore.id }]);

    expect(await session(db, server, { now: () => WED + HOUR })).toMatchObject({
      status: 'synced',
      pulled: 1,
    });
    expect(await db.chores.get(chore.id)).toMatchObject({ private: true, name: 'Payroll' });
    expect(await db.occurrences.get(occurrence.id)).toEqual(occurrence);
    expect((await readSyncState(db))?.privateOnServer).toEqual([chore.id]);

    await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED + 2 * HOUR);
    const pushes = countPushes(server);
    await session(db, server, { fetch: pushes.fetch, now: () => WED + 2 * HOUR });
    expect(pushes.bodies).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('makes a chore private when the server refuses it as private elsewhere, recording no refusal', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const { chore, occurrence } = await createAndLogChore(
      db,
      { name: 'Expenses', minutes: 4, source: 'form' },
      WED,
    );
    // Pushed once from here, then made private on the laptop, whose tombstone this device has not pulled.
    server.add([wireChore(chore), wireOccurrence(occurrence), { type: 'private', choreId: chore.id }]);
    await updateChore(db, chore.id, { name: 'Expense reports' }, WED + HOUR);
    // Only the push's answer tells (an older server gives no tombstones).
    server.override('/v1/sync/pull', () => Response.json({ changes: [], cursor: '0', more: false }));

    expect(await session(db, server, { now: () => WED + HOUR })).toMatchObject({ status: 'synced' });
    expect(await db.chores.get(chore.id)).toMatchObject({ private: true, name: 'Expense reports' });
    const state = await readSyncState(db);
    expect(state?.rejected).toEqual([]);
    expect(state?.privateOnServer).toEqual([chore.id]);
    expect(await db.outbox.count()).toBe(0);
  });
});
