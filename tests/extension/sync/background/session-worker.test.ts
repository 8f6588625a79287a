// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateChore } from '../../../../extension/db/dexie';
import { syncInBackground } from '../../../../extension/sync/background/session';
import { goneMessage } from '../../../../extension/sync/gone';
import { webLock } from '../../../../extension/sync/lock';
import { readSyncState } from '../../../../extension/sync/state';
import { startWorkerServer, type WorkerServer } from '../../../e2e/worker-server';
import { createAndLogChore, createChore, logOccurrence } from '../../fixtures/dexie-verbs';
import { createTeam, freshDevice, joinAndShare, serverRecords } from '../../fixtures/sync';

let server: WorkerServer;
beforeAll(async () => {
  server = await startWorkerServer({ rateLimit: 100_000 });
}, 120_000);
afterAll(() => server?.dispose());

const drain = (name: string, fetcher: typeof fetch = fetch) =>
  syncInBackground({ fetch: (url, init) => fetcher(url, init), lock: webLock(`drain-${name}`), name });

describe('background sync session against the real Worker (raw IndexedDB, no Dexie)', () => {
  it('pushes the outbox written by the pages, leaving private chores on the device', async () => {
    const db = await freshDevice();
    const team = await createTeam(server.url);
    const state = await joinAndShare(db, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
    const { occurrence } = await createAndLogChore(db, { name: 'Rotate keys', minutes: 9, source: 'form' });
    const secret = await createChore(db, { name: 'Dentist', defaultMinutes: 30 });
    await updateChore(db, secret.chore.id, { private: true });
    await logOccurrence(db, { choreId: secret.chore.id, source: 'click' });

    // Two records, and "Dentist is private" (which the server, never having held it, answers duplicate).
    expect(await drain(db.name)).toEqual({ status: 'synced', pushed: 3, pulled: 2 });
    expect(await db.outbox.count()).toBe(0);
    const { records } = await serverRecords(server.url, state.token);
    expect([...records.keys()].sort()).toEqual([`c:${occurrence.choreId}`, `o:${occurrence.id}`].sort());
    expect((await readSyncState(db))?.lastSyncAt).toBeTypeOf('number');
  });

  it('keeps the outbox and schedules a retry when the server cannot be reached', async () => {
    const db = await freshDevice();
    const team = await createTeam(server.url);
    await joinAndShare(db, { server: server.url, inviteCode: team.inviteCode }, '');
    await createAndLogChore(db, { name: 'Restart CI', minutes: 4, source: 'form' });
    const waiting = await db.outbox.count();
    const down = () => Promise.reject(new TypeError('connection refused'));
    const outcome = await drain(db.name, down);
    expect(outcome).toMatchObject({ status: 'failed', retryAt: expect.any(Number) });
    expect(await db.outbox.count()).toBe(waiting);
    expect(await readSyncState(db)).toMatchObject({
      failures: 1,
      lastError: 'Can’t reach the team server (offline?).',
    });
  });

  it('pauses saying the member left, keeping the outbox', async () => {
    const db = await freshDevice();
    const team = await createTeam(server.url);
    const state = await joinAndShare(db, { server: server.url, inviteCode: team.inviteCode }, '');
    await fetch(`${server.url}/v1/me`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${state.token}` },
    });
    await createAndLogChore(db, { name: 'Renew cert', minutes: 4, source: 'form' });
    const waiting = await db.outbox.count();
    expect(await drain(db.name)).toEqual({ status: 'paused' });
    expect(await readSyncState(db)).toMatchObject({
      gone: 'left',
      paused: goneMessage('left', state.teamName),
    });
    expect(await db.outbox.count()).toBe(waiting);
  });
});
