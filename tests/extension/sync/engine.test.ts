// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteOccurrence, updateChore, updateOccurrence } from '../../../extension/db/dexie';
import { syncNow } from '../../../extension/sync/engine';
import { leaveTeam } from '../../../extension/sync/membership';
import { readSyncState } from '../../../extension/sync/state';
import { readTeamView, refreshTeamView } from '../../../extension/sync/team-view';
import { startWorkerServer, type WorkerServer } from '../../e2e/worker-server';
import { createAndLogChore, createChore, logOccurrence } from '../fixtures/dexie-verbs';
import {
  createTeam,
  freshDevice,
  joinAndShare,
  pairAndShare,
  serverGet,
  serverRecords,
} from '../fixtures/sync';

let server: WorkerServer;
beforeAll(async () => {
  server = await startWorkerServer({ rateLimit: 100_000 });
}, 120_000);
afterAll(() => server?.dispose());

describe('sync engine against the real Worker', () => {
  it('pushes what was logged before joining, keeps notes and private chores on the device', async () => {
    const team = await createTeam(server.url);
    const db = await freshDevice();
    const { occurrence } = await createAndLogChore(db, {
      name: 'Rotate TLS cert',
      minutes: 20,
      source: 'form',
    });
    await updateOccurrence(db, occurrence.id, { note: 'secret host name' });
    const secret = await createChore(db, { name: 'Private chore', defaultMinutes: 5 });
    await updateChore(db, secret.chore.id, { private: true });
    await logOccurrence(db, { choreId: secret.chore.id, source: 'click' });

    const state = await joinAndShare(db, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
    expect(await syncNow({ db })).toMatchObject({ status: 'synced' });

    const { records } = await serverRecords(server.url, state.token);
    expect([...records.keys()].sort()).toEqual([`c:${occurrence.choreId}`, `o:${occurrence.id}`].sort());
    expect(JSON.stringify([...records.values()])).not.toContain('secret host name');
    expect(await db.outbox.count()).toBe(0);
    expect((await readSyncState(db))?.lastSyncAt).toBeTypeOf('number');
  });

  it('gives a member on two browsers (paired with a pairing link) the union of their entries, without re-queuing what was pulled', async () => {
    const team = await createTeam(server.url);
    const laptop = await freshDevice();
    const desktop = await freshDevice();
    const state = await joinAndShare(laptop, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
    const paired = await pairAndShare(laptop, desktop);
    expect(paired.teamName).toBe(state.teamName);
    expect(paired.token).not.toBe(state.token);
    await createAndLogChore(laptop, { name: 'Restart CI', minutes: 5, source: 'form' });
    await createAndLogChore(desktop, { name: 'Clear disk', minutes: 7, source: 'form' });

    for (const db of [laptop, desktop, laptop]) await syncNow({ db });

    for (const db of [laptop, desktop]) {
      expect((await db.occurrences.toArray()).map((o) => o.minutes).sort()).toEqual([5, 7]);
      expect((await db.weekly.toArray()).reduce((s, w) => s + w.minutes, 0)).toBe(12);
      expect(await db.outbox.count()).toBe(0);
    }
  });

  it('shows the team leaderboard counting each entry once after repeated syncs', async () => {
    const team = await createTeam(server.url);
    const db = await freshDevice();
    const state = await joinAndShare(db, { server: server.url, inviteCode: team.inviteCode }, '');
    await createAndLogChore(db, { name: 'Renew token', minutes: 30, source: 'form' });
    await syncNow({ db });
    await db.outbox.bulkAdd(
      (await db.occurrences.toArray()).map((o) => ({
        table: 'occurrences' as const,
        id: o.id,
        op: 'put' as const,
        at: 1,
      })),
    );
    await syncNow({ db });
    const board = await serverGet<{ chores: { name: string; occurrencesThisWeek: number }[] }>(
      server.url,
      '/v1/leaderboard',
      state.token,
    );
    expect(board.chores).toEqual([expect.objectContaining({ name: 'Renew token', occurrencesThisWeek: 1 })]);
  });

  it('leaves, or deletes everything the server holds about the member, keeping every local entry', async () => {
    const team = await createTeam(server.url);
    const db = await freshDevice();
    const state = await joinAndShare(db, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
    await createAndLogChore(db, { name: 'Restart runner', minutes: 6, source: 'form' });
    await syncNow({ db });
    await refreshTeamView(db);
    const entries = await db.occurrences.toArray();

    await leaveTeam(db, 'erase');
    expect(await readSyncState(db)).toBeUndefined();
    expect(await readTeamView(db)).toBeUndefined();
    expect(await db.occurrences.toArray()).toEqual(entries);
    const refused = await fetch(`${server.url}/v1/sync/pull`, {
      headers: { Authorization: `Bearer ${state.token}` },
    });
    expect(refused.status).toBe(401);
    const board = await serverGet<{ chores: unknown[] }>(server.url, '/v1/leaderboard', team.adminToken);
    expect(board.chores).toEqual([]);
  });

  it('ends with the server’s tombstone on both browsers when both deleted the same entry', async () => {
    const team = await createTeam(server.url);
    const laptop = await freshDevice();
    const desktop = await freshDevice();
    await joinAndShare(laptop, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
    await pairAndShare(laptop, desktop);
    const { occurrence } = await createAndLogChore(laptop, { name: 'Page SRE', minutes: 5, source: 'form' });
    await syncNow({ db: laptop });
    await syncNow({ db: desktop });
    await deleteOccurrence(laptop, occurrence.id, occurrence.updatedAt + 1000);
    await deleteOccurrence(desktop, occurrence.id, occurrence.updatedAt + 2000);

    for (const db of [desktop, laptop, desktop]) await syncNow({ db });
    const [a, b] = await Promise.all([
      laptop.occurrences.get(occurrence.id),
      desktop.occurrences.get(occurrence.id),
    ]);
    expect(a).toMatchObject({ deleted: true, updatedAt: occurrence.updatedAt + 2000 });
    expect(b).toEqual(a);
    expect(await laptop.weekly.count()).toBe(0);
  });

  it('forgets a chore made private on one browser: the server holds none of it and the other browser stops pushing it', async () => {
    const team = await createTeam(server.url);
    const laptop = await freshDevice();
    const desktop = await freshDevice();
    const state = await joinAndShare(laptop, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
    await pairAndShare(laptop, desktop);
    const { chore } = await createAndLogChore(laptop, { name: 'Payroll run', minutes: 30, source: 'form' });
    await syncNow({ db: laptop });
    await syncNow({ db: desktop });
    expect((await desktop.chores.get(chore.id))?.private).toBe(false);

    await updateChore(laptop, chore.id, { private: true });
    expect(await syncNow({ db: laptop })).toMatchObject({ status: 'synced' });
    const { records } = await serverRecords(server.url, state.token);
    expect([...records.keys()].filter((k) => k.includes(chore.id))).toEqual([]);
    const board = await serverGet<{ chores: { name: string }[] }>(
      server.url,
      '/v1/leaderboard',
      team.adminToken,
    );
    expect(board.chores.map((c) => c.name)).not.toContain('Payroll run');

    // The desktop logs it before it has heard: its push is refused as private, and it learns.
    await logOccurrence(desktop, { choreId: chore.id, source: 'click' });
    expect(await syncNow({ db: desktop })).toMatchObject({ status: 'synced' });
    expect((await desktop.chores.get(chore.id))?.private).toBe(true);
    expect((await readSyncState(desktop))?.rejected).toEqual([]);
    expect(await desktop.occurrences.where('choreId').equals(chore.id).count()).toBe(2);
    await logOccurrence(desktop, { choreId: chore.id, source: 'click' });
    await syncNow({ db: desktop });
    expect(await desktop.outbox.count()).toBe(0);
    const after = await serverRecords(server.url, state.token);
    expect([...after.records.keys()].filter((k) => k.includes(chore.id))).toEqual([]);
    await expect(updateChore(laptop, chore.id, { private: false })).rejects.toThrow(/create a new chore/);
  });
});
