// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToilDb } from '../../../extension/db/dexie/schema';
import { readTeamLink } from '../../../extension/db/idb/read';
import { syncNow } from '../../../extension/sync/engine';
import { applyHeldDeletes, keepHeldDeletes } from '../../../extension/sync/held-deletes';
import { readSyncState } from '../../../extension/sync/state';
import type { WireChore, WireOccurrence } from '../../../shared/api/sync';
import { startWorkerServer, type WorkerServer } from '../../e2e/worker-server';
import { createAndLogChore, logOccurrence } from '../fixtures/dexie-verbs';
import { createTeam, freshDevice, joinAndShare, pairAndShare, serverRecords } from '../fixtures/sync';

let server: WorkerServer;
beforeAll(async () => {
  server = await startWorkerServer({ rateLimit: 100_000 });
}, 120_000);
afterAll(() => server?.dispose());

/**
 * A member's laptop and desktop holding the same `chores` chores, each with two entries, synced; and the
 * token of a third browser of theirs (paired, so it can push as the member), the one that deletes.
 */
async function memberWithChores(chores: number) {
  const team = await createTeam(server.url);
  const laptop = await freshDevice();
  const desktop = await freshDevice();
  const stolen = await freshDevice();
  await joinAndShare(laptop, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
  for (let i = 0; i < chores; i++) {
    const { chore } = await createAndLogChore(laptop, { name: `Chore ${i}`, minutes: 10, source: 'form' });
    await logOccurrence(laptop, { choreId: chore.id, source: 'click' });
  }
  await syncNow({ db: laptop });
  await pairAndShare(laptop, desktop);
  const thief = await pairAndShare(laptop, stolen);
  expect(await syncNow({ db: desktop })).toMatchObject({ status: 'synced' });
  return { laptop, desktop, token: thief.token };
}

/** Deletes, as the member, the first `count` chores the server holds and every entry of theirs. */
async function deleteOnServer(token: string, count: number) {
  const { records } = await serverRecords(server.url, token);
  const values = [...records.values()] as (WireChore | WireOccurrence)[];
  const chores = values.filter((r): r is WireChore => 'name' in r && !r.deleted).slice(0, count);
  const ids = new Set(chores.map((c) => c.id));
  const entries = values.filter((r): r is WireOccurrence => 'choreId' in r && ids.has(r.choreId));
  const changes = [
    ...entries.map((o) => ({
      type: 'occurrence',
      occurrence: { ...o, deleted: true, updatedAt: o.updatedAt + 1 },
    })),
    ...chores.map((c) => ({ type: 'chore', chore: { ...c, deleted: true, updatedAt: c.updatedAt + 1 } })),
  ];
  const res = await fetch(`${server.url}/v1/sync/push`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ changes }),
  });
  expect(res.status).toBe(200);
  return { chores: chores.length, entries: entries.length };
}

const live = async (db: ToilDb) => ({
  chores: (await db.chores.toArray()).filter((c) => !c.deleted).length,
  entries: (await db.occurrences.toArray()).filter((o) => !o.deleted).length,
  weeklyMinutes: (await db.weekly.toArray()).reduce((s, w) => s + w.minutes, 0),
});

describe('a pull that would delete many of this browser’s records, against the real Worker', () => {
  it('holds the deletions: nothing is deleted here, and the Team view asks', async () => {
    const { desktop, token } = await memberWithChores(5);
    const before = await live(desktop);
    expect(before).toEqual({ chores: 5, entries: 10, weeklyMinutes: 100 });
    expect(await deleteOnServer(token, 5)).toEqual({ chores: 5, entries: 10 });

    expect(await syncNow({ db: desktop })).toMatchObject({ status: 'synced' });
    expect(await live(desktop)).toEqual(before);
    expect((await readSyncState(desktop))?.heldDeletes).toEqual({ chores: 5, entries: 10 });
    expect(await readTeamLink(desktop.backendDB())).toBe('asking');
    // Another sync neither applies them nor loses count.
    expect(await syncNow({ db: desktop })).toMatchObject({ status: 'synced' });
    expect(await live(desktop)).toEqual(before);
  });

  it('decides over the whole pull run, however it is paged', async () => {
    const { desktop, token } = await memberWithChores(4);
    await deleteOnServer(token, 4);
    expect(await syncNow({ db: desktop, pageSize: 2 })).toMatchObject({ status: 'synced' });
    expect((await live(desktop)).chores).toBe(4);
    expect((await readSyncState(desktop))?.heldDeletes).toEqual({ chores: 4, entries: 8 });
  });

  it('applies a few deletions at once, without asking', async () => {
    const { desktop, token } = await memberWithChores(5);
    await deleteOnServer(token, 3);
    expect(await syncNow({ db: desktop })).toMatchObject({ status: 'synced' });
    expect(await live(desktop)).toEqual({ chores: 2, entries: 4, weeklyMinutes: 40 });
    expect(await readSyncState(desktop)).not.toHaveProperty('heldDeletes');
    expect(await readTeamLink(desktop.backendDB())).toBe('syncing');
  });

  it('applies the held deletions when the member says so', async () => {
    const { desktop, token } = await memberWithChores(5);
    await deleteOnServer(token, 5);
    await syncNow({ db: desktop });
    await applyHeldDeletes(desktop.backendDB());
    expect(await live(desktop)).toEqual({ chores: 0, entries: 0, weeklyMinutes: 0 });
    expect(await readSyncState(desktop)).not.toHaveProperty('heldDeletes');
    expect(await syncNow({ db: desktop })).toMatchObject({ status: 'synced', pushed: 0 });
  });

  it('keeps this browser’s records as new ones, which reach the server and the member’s other browsers', async () => {
    const { laptop, desktop, token } = await memberWithChores(5);
    const names = (await desktop.chores.toArray()).map((c) => c.name).sort();
    await deleteOnServer(token, 5);
    await syncNow({ db: desktop });
    await keepHeldDeletes(desktop.backendDB());
    expect(await live(desktop)).toEqual({ chores: 5, entries: 10, weeklyMinutes: 100 });
    expect(await readSyncState(desktop)).not.toHaveProperty('heldDeletes');
    const kept = (await desktop.chores.toArray()).filter((c) => !c.deleted);
    expect(kept.map((c) => c.name).sort()).toEqual(names);

    expect(await syncNow({ db: desktop })).toMatchObject({ status: 'synced', pushed: 15 });
    const { records } = await serverRecords(server.url, token);
    for (const chore of kept) expect(records.get(`c:${chore.id}`)).toMatchObject({ deleted: false });
    expect(await syncNow({ db: desktop })).toMatchObject({ status: 'synced', pushed: 0 });
    expect(await readSyncState(desktop)).not.toHaveProperty('heldDeletes');

    // The laptop held the same deletions; once it applies them, it has the kept copies from the server.
    await syncNow({ db: laptop });
    await applyHeldDeletes(laptop.backendDB());
    await syncNow({ db: laptop });
    expect(await live(laptop)).toEqual({ chores: 5, entries: 10, weeklyMinutes: 100 });
  });
});
