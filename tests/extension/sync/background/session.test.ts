// @vitest-environment node
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SYNC_KEY } from '../../../../extension/db/core/rows';
import { ToilDb } from '../../../../extension/db/dexie/schema';
import { logClick } from '../../../../extension/db/idb/quick';
import { type BackgroundDeps, syncInBackground } from '../../../../extension/sync/background/session';
import { webLock } from '../../../../extension/sync/lock';
import { REJOIN_MESSAGE } from '../../../../extension/sync/session';
import { readSyncState } from '../../../../extension/sync/state';
import { wireChore, wireOccurrence } from '../../../../extension/sync/wire';
import { manualChore } from '../../../../shared/chore-record';
import type { Occurrence } from '../../../../shared/model';
import { DAY, dump, expectRollupsMatchHistory, freshDb, HOUR, rawOf, WED } from '../../fixtures/db';
import { createAndLogChore } from '../../fixtures/dexie-verbs';
import { joinedState } from '../../fixtures/sync';
import { stubServer } from '../../fixtures/sync-stub';

type Server = ReturnType<typeof stubServer>;

async function joinedDevice(server: Server): Promise<ToilDb> {
  const db = await freshDb();
  const state = joinedState(server.url, {
    token: 'member-token-of-ada-0123456789',
    memberId: 'member-ada',
    teamName: 'Platform',
  });
  await db.kv.put({ key: SYNC_KEY, value: state });
  return db;
}

/** A background session on the device's database (small pages, so a feed takes several). */
const session = (db: ToilDb, server: Server, deps: BackgroundDeps = {}) =>
  syncInBackground({
    fetch: server.fetch,
    lock: webLock(`bg-${db.name}`),
    name: db.name,
    pageSize: 2,
    ...deps,
  });

/** What the member's other browser logged: a chore and three entries on three days. */
function otherDevice(server: Server) {
  const chore = manualChore(
    { name: 'Rotate TLS cert', defaultMinutes: 20 },
    { id: 'chore-other-1', now: WED },
  );
  const entries: Occurrence[] = [0, 1, 2].map((i) => ({
    id: `occ-other-${i}`,
    choreId: chore.id,
    at: WED + i * DAY,
    minutes: 10 + i,
    source: 'click',
    updatedAt: WED + i * DAY,
    deleted: false,
  }));
  server.add([wireChore(chore), ...entries.map(wireOccurrence)]);
  return { chore, entries };
}

/** Everything but the kv store (which holds the sync state and its timestamps). */
async function records(db: ToilDb) {
  const { kv: _kv, ...rest } = await dump(db);
  return { ...rest, pending: await db.pending.toArray() };
}

describe('the background’s sync session pulls (raw IndexedDB, no Dexie, no zod)', () => {
  it('brings another device’s entries, with rollups equal to the history and the cursor moved', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const other = otherDevice(server);
    const { chore } = await createAndLogChore(db, { name: 'Restart CI', minutes: 5, source: 'form' }, WED);
    await logClick(await rawOf(db), { choreId: chore.id, minutes: 3, source: 'click' }, WED + HOUR);
    expect(await db.pending.count()).toBe(1);

    expect(await session(db, server)).toEqual({ status: 'synced', pushed: 3, pulled: 7 });

    const ids = (await db.occurrences.toArray()).map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(other.entries.map((e) => e.id)));
    expect(ids).toHaveLength(5);
    expect(await db.chores.get(other.chore.id)).toEqual(other.chore);
    await expectRollupsMatchHistory(db);
    expect(await db.pending.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await readSyncState(db)).toMatchObject({
      cursor: server.head(),
      failures: 0,
      lastSyncAt: expect.any(Number),
    });
  });

  it('follows the other device’s edits and deletes, keeping the rollups right', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const { entries } = otherDevice(server);
    await session(db, server);
    const [first, second] = entries;
    if (!first || !second) throw new Error('no entries');
    server.add([
      wireOccurrence({ ...first, minutes: 45, at: first.at + 7 * DAY, updatedAt: first.updatedAt + 1 }),
      wireOccurrence({ ...second, deleted: true, updatedAt: second.updatedAt + 1 }),
    ]);

    expect(await session(db, server)).toMatchObject({ status: 'synced', pulled: 2 });
    expect(await db.occurrences.get(first.id)).toMatchObject({ minutes: 45, at: first.at + 7 * DAY });
    expect(await db.occurrences.get(second.id)).toMatchObject({ deleted: true });
    await expectRollupsMatchHistory(db);
    expect((await db.weekly.toArray()).reduce((sum, w) => sum + w.minutes, 0)).toBe(45 + 12);
  });

  it('waits, recording no failure, on a database an update left at version 2 until a page upgrades it', async () => {
    const server = stubServer();
    otherDevice(server);
    const name = `v2-${Date.now()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({
      chores: 'id, key',
      occurrences: 'id, at, [choreId+at]',
      outbox: '++seq',
      kv: 'key',
      weekly: '[choreId+weekStart], weekStart',
      daily: 'dayStart',
      choreStats: 'choreId, lastAt',
    });
    await v2.table('kv').put({
      key: SYNC_KEY,
      value: joinedState(server.url),
    });
    v2.close();
    expect(await syncInBackground({ fetch: server.fetch, lock: webLock(`bg-${name}`), name })).toEqual({
      status: 'idle',
    });
    const db = new ToilDb(name);
    expect((await readSyncState(db))?.lastError).toBeUndefined();
    expect(await session(db, server)).toMatchObject({ status: 'synced', pulled: 4 });
    db.close();
  });

  it('changes nothing when the same pages come again', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    otherDevice(server);
    await createAndLogChore(db, { name: 'Restart CI', minutes: 5, source: 'form' }, WED);
    await session(db, server);
    const before = await records(db);
    const state = await readSyncState(db);
    await db.kv.put({ key: SYNC_KEY, value: { ...state, cursor: '0' } });

    expect(await session(db, server)).toEqual({ status: 'synced', pushed: 0, pulled: 6 });
    expect(await records(db)).toEqual(before);
    expect((await readSyncState(db))?.cursor).toBe(server.head());
  });

  it('writes nothing from a malformed page, records the failure and gets the page on the next try', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const other = otherDevice(server);
    await session(db, server);
    const before = await records(db);
    const { cursor } = (await readSyncState(db)) ?? {};
    const late = { ...other.entries[0], id: 'occ-other-late', at: WED + HOUR } as Occurrence;
    server.add([wireOccurrence(late)]);
    const { note: _note, ...wire } = late;
    const good = { type: 'occurrence', version: 90, occurrence: wire };
    const hostile = {
      ...good,
      version: 91,
      occurrence: { ...good.occurrence, id: 'occ-hostile-1', minutes: -60 },
    };
    server.override('/v1/sync/pull', () =>
      Response.json({ changes: [good, hostile], cursor: '91.occurrence.occ-hostile-1', more: false }),
    );
    const now = Date.now();

    const outcome = await session(db, server, { now: () => now });
    expect(outcome).toEqual({ status: 'failed', error: expect.any(String), retryAt: expect.any(Number) });
    expect(outcome.status === 'failed' && outcome.retryAt).toBeGreaterThan(now);
    expect(await records(db)).toEqual(before);
    expect(await readSyncState(db)).toMatchObject({
      cursor,
      failures: 1,
      lastError: expect.stringMatching(/does not understand/),
    });

    server.restore();
    expect(await session(db, server)).toMatchObject({ status: 'synced', pulled: 1 });
    expect(await db.occurrences.get(late.id)).toEqual(late);
    const state = await readSyncState(db);
    expect(state).toMatchObject({ failures: 0 });
    expect(state?.lastError).toBeUndefined();
    await expectRollupsMatchHistory(db);
  });

  it('stops when a server keeps saying "more" without moving the cursor', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    let asked = 0;
    server.override('/v1/sync/pull', () => {
      asked += 1;
      return Response.json({ changes: [], cursor: '0', more: true });
    });
    expect(await session(db, server)).toEqual({ status: 'synced', pushed: 0, pulled: 0 });
    expect(asked).toBe(1);
  });

  it('waits at least as long as Retry-After when the pull meets a busy server', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    otherDevice(server);
    server.override('/v1/sync/pull', () =>
      Response.json({ message: 'busy' }, { status: 503, headers: { 'Retry-After': '120' } }),
    );
    const now = Date.now();
    const outcome = await session(db, server, { now: () => now, random: () => 0 });
    expect(outcome).toEqual({ status: 'failed', error: 'busy', retryAt: now + 120_000 });
    expect(await readSyncState(db)).toMatchObject({ failures: 1, lastError: 'busy', retryAt: now + 120_000 });
    expect(await db.occurrences.count()).toBe(0);
  });

  it('pauses with the rejoin message when the pull is refused (401), keeping every entry', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    otherDevice(server);
    await createAndLogChore(db, { name: 'Restart CI', minutes: 5, source: 'form' }, WED);
    let asked = 0;
    server.override('/v1/sync/pull', () => {
      asked += 1;
      return Response.json({ error: 'unauthorized', message: 'This token is not valid.' }, { status: 401 });
    });
    const before = await records(db);

    expect(await session(db, server)).toEqual({ status: 'paused' });
    expect((await readSyncState(db))?.paused).toBe(REJOIN_MESSAGE);
    const after = await records(db);
    expect(after.chores).toEqual(before.chores);
    expect(after.occurrences).toEqual(before.occurrences);
    expect(await session(db, server)).toEqual({ status: 'paused' });
    expect(asked).toBe(1);
  });
});
