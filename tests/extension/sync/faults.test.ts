// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncNow } from '../../../extension/sync/engine';
import { goneMessage } from '../../../extension/sync/gone';
import type { Fetch } from '../../../extension/sync/http';
import { readSyncState } from '../../../extension/sync/state';
import { startWorkerServer, type WorkerServer } from '../../e2e/worker-server';
import { createAndLogChore, logOccurrence } from '../fixtures/dexie-verbs';
import { createTeam, freshDevice, joinAndShare, serverGet, serverRecords } from '../fixtures/sync';

let server: WorkerServer;
beforeAll(async () => {
  server = await startWorkerServer({ rateLimit: 100_000 });
}, 120_000);
afterAll(() => server?.dispose());

async function joinedDevice() {
  const team = await createTeam(server.url);
  const db = await freshDevice();
  const state = await joinAndShare(db, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
  return { db, state, team };
}

/** Counts requests to the push endpoint and lets a test decide what happens to each. */
function recording(onPush?: (res: Response) => Response) {
  const pushes: string[] = [];
  const fetcher: Fetch = async (url, init) => {
    const res = await fetch(url, init);
    if (!url.includes('/sync/push')) return res;
    pushes.push(String(init?.body));
    return onPush ? onPush(res) : res;
  };
  return { pushes, fetcher };
}

describe('sync failures', () => {
  it('changes nothing when a push is resent after its response was lost', async () => {
    const { db, state } = await joinedDevice();
    await createAndLogChore(db, { name: 'Rotate keys', minutes: 12, source: 'form' });
    const lost = recording(() => {
      throw new TypeError('connection reset');
    });
    expect(await syncNow({ db, fetch: lost.fetcher })).toMatchObject({ status: 'failed' });
    expect(lost.pushes).toHaveLength(1);
    expect(await db.outbox.count()).toBeGreaterThan(0);
    const before = await serverRecords(server.url, state.token);

    const resend = recording();
    expect(await syncNow({ db, fetch: resend.fetcher })).toMatchObject({ status: 'synced' });
    expect(resend.pushes).toEqual(lost.pushes);
    const after = await serverRecords(server.url, state.token);
    expect(after).toEqual(before);
    const board = await serverGet<{ chores: { occurrencesThisWeek: number }[] }>(
      server.url,
      '/v1/leaderboard',
      state.token,
    );
    expect(board.chores.map((c) => c.occurrencesThisWeek)).toEqual([1]);
  });

  it('records a change the server rejects with its reason and never sends it again', async () => {
    const { db } = await joinedDevice();
    const { chore } = await createAndLogChore(db, { name: 'Fix clock', minutes: 3, source: 'form' });
    await syncNow({ db });
    const ahead = Date.now() + 3 * 24 * 3_600_000;
    const occ = await logOccurrence(db, { choreId: chore.id, source: 'click' }, ahead);
    const first = recording();
    await syncNow({ db, fetch: first.fetcher });
    const state = await readSyncState(db);
    expect(state?.rejected).toEqual([
      expect.objectContaining({ id: occ.id, table: 'occurrences', reason: expect.stringMatching(/future/) }),
    ]);
    const again = recording();
    expect(await syncNow({ db, fetch: again.fetcher })).toMatchObject({ status: 'synced' });
    expect(again.pushes).toEqual([]);
    expect(await db.occurrences.get(occ.id)).toEqual(occ);
  });

  it('pauses saying the admin removed the member, keeping every entry', async () => {
    const { db, state, team } = await joinedDevice();
    await createAndLogChore(db, { name: 'Reboot router', minutes: 4, source: 'form' });
    await syncNow({ db });
    await createAndLogChore(db, { name: 'Clear cache', minutes: 2, source: 'form' });
    const res = await fetch(`${server.url}/v1/members/${state.memberId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${team.adminToken}` },
    });
    expect(res.status).toBe(200);
    const [chores, occurrences, outbox] = await Promise.all([
      db.chores.toArray(),
      db.occurrences.toArray(),
      db.outbox.toArray(),
    ]);

    expect(await syncNow({ db })).toEqual({ status: 'paused' });
    expect(await readSyncState(db)).toMatchObject({
      gone: 'removed',
      paused: goneMessage('removed', state.teamName),
    });
    expect(await db.chores.toArray()).toEqual(chores);
    expect(await db.occurrences.toArray()).toEqual(occurrences);
    expect(await db.outbox.toArray()).toEqual(outbox);
    const later = recording();
    expect(await syncNow({ db, fetch: later.fetcher })).toEqual({ status: 'paused' });
    expect(later.pushes).toEqual([]);
  });

  it('waits at least as long as Retry-After when the server is busy, keeping the outbox', async () => {
    const { db } = await joinedDevice();
    await createAndLogChore(db, { name: 'Page on-call', minutes: 9, source: 'form' });
    const busy = recording(
      () =>
        new Response('{"error":"storage_unavailable","message":"busy"}', {
          status: 503,
          headers: { 'Retry-After': '120' },
        }),
    );
    const now = Date.now();
    const outcome = await syncNow({ db, fetch: busy.fetcher, now: () => now, random: () => 0 });
    expect(outcome).toEqual({ status: 'failed', error: 'busy', retryAt: now + 120_000 });
    expect(await readSyncState(db)).toMatchObject({ failures: 1, lastError: 'busy', retryAt: now + 120_000 });
    expect(await db.outbox.count()).toBeGreaterThan(0);
  });

  it('gets every other change through when the server fails on one of them (500), keeping that one', async () => {
    const { db, state } = await joinedDevice();
    const fine = await createAndLogChore(db, { name: 'Rotate keys', minutes: 12, source: 'form' });
    const bad = await createAndLogChore(db, { name: 'Renew cert', minutes: 13, source: 'form' });
    const also = await createAndLogChore(db, { name: 'Clear cache', minutes: 14, source: 'form' });
    // A fault at the fetch seam, in front of the real Worker: any push holding that entry gets a 500.
    const poisoned: Fetch = async (url, init) => {
      if (url.includes('/sync/push') && String(init?.body).includes(bad.occurrence.id)) {
        return Response.json({ error: 'internal', message: 'Something went wrong.' }, { status: 500 });
      }
      return fetch(url, init);
    };
    expect(await syncNow({ db, fetch: poisoned })).toMatchObject({ status: 'failed' });
    expect(await syncNow({ db, fetch: poisoned })).toMatchObject({ status: 'synced' });

    const { records } = await serverRecords(server.url, state.token);
    const ids = [fine.chore.id, fine.occurrence.id, bad.chore.id, also.chore.id, also.occurrence.id];
    expect([...records.keys()].map((k) => k.slice(2)).sort()).toEqual(ids.sort());
    expect((await readSyncState(db))?.stuck).toEqual([
      expect.objectContaining({ id: bad.occurrence.id, reason: 'Something went wrong.' }),
    ]);
    expect((await db.outbox.toArray()).map((r) => r.id)).toEqual([bad.occurrence.id]);

    // Once the server takes it (and its time has come), it goes through alone.
    const later = Date.now() + 11 * 60_000;
    expect(await syncNow({ db, now: () => later })).toMatchObject({ status: 'synced', pushed: 1 });
    expect(await db.outbox.count()).toBe(0);
    expect((await serverRecords(server.url, state.token)).records.has(`o:${bad.occurrence.id}`)).toBe(true);
  });
});
