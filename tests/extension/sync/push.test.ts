// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Fetch } from '../../../extension/sync/http';
import { readSyncState } from '../../../extension/sync/state';
import type { PushChange } from '../../../shared/api/sync';
import { WED } from '../fixtures/db';
import { createAndLogChore } from '../fixtures/dexie-verbs';
import { joinedDevice, type Server, sent, sessions } from '../fixtures/sessions';
import { stubServer } from '../fixtures/sync-stub';

/**
 * Pushing never stalls and never drops: only the server's own verdict on a change (rejected) drops it.
 * A batch the server fails on is split until the change it fails on is alone; that one is set aside
 * (stuck: kept, tried again later) and the others go through.
 */

const named = (c: PushChange, name: string) => c.type === 'chore' && c.chore.name === name;

/** A fault injector in front of the server: every push holding a change `poison` picks gets `answer`. */
function failingOn(server: Server, poison: (c: PushChange) => boolean, answer: () => Response) {
  const bodies: string[] = [];
  const fetch: Fetch = async (url, init) => {
    if (url.includes('/v1/sync/push')) {
      bodies.push(String(init?.body));
      if (sent(init).some(poison)) return answer();
    }
    return server.fetch(url, init);
  };
  return { fetch, bodies };
}

async function threeChores(db: Awaited<ReturnType<typeof joinedDevice>>) {
  const ok1 = await createAndLogChore(db, { name: 'Rotate keys', minutes: 5, source: 'form' }, WED);
  const bad = await createAndLogChore(db, { name: 'Broken', minutes: 6, source: 'form' }, WED);
  const ok2 = await createAndLogChore(db, { name: 'Renew cert', minutes: 7, source: 'form' }, WED);
  return { ok1, bad, ok2 };
}

const onServer = (server: Server) =>
  server
    .feed()
    .map((c) => (c.type === 'chore' ? c.chore.id : c.type === 'occurrence' ? c.occurrence.id : c.choreId))
    .sort();

describe.each(sessions)('pushing, with %s', (_checks, session) => {
  it.each([403, 404])(
    'retries a proxy’s %i page (not the server’s answer) with backoff, dropping nothing',
    async (status) => {
      const server = stubServer();
      const db = await joinedDevice(server);
      await createAndLogChore(db, { name: 'Behind a proxy', minutes: 4, source: 'form' }, WED);
      const waiting = await db.outbox.toArray();
      server.override(
        '/v1/sync/push',
        () =>
          new Response('<html><body>Forbidden by policy</body></html>', {
            status,
            headers: { 'Content-Type': 'text/html' },
          }),
      );

      const outcome = await session(db, server, { now: () => WED, random: () => 0 });
      expect(outcome).toMatchObject({ status: 'failed', retryAt: WED + 2_500 });
      expect(await db.outbox.toArray()).toEqual(waiting);
      const state = await readSyncState(db);
      expect(state).toMatchObject({ rejected: [], failures: 1 });
      expect(state?.lastError).toContain(String(status));
      expect(state?.lastError).not.toMatch(/html|Forbidden/);
    },
  );

  it('splits a batch the server refuses whole (its own 400), sets the change it refuses aside, and sends the rest', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const { ok1, bad, ok2 } = await threeChores(db);
    const pushes = failingOn(
      server,
      (c) => named(c, 'Broken'),
      () => Response.json({ error: 'invalid_request', message: 'changes: not a list' }, { status: 400 }),
    );

    expect(await session(db, server, { fetch: pushes.fetch, now: () => WED })).toMatchObject({
      status: 'synced',
    });
    const ids = [ok1.chore.id, ok1.occurrence.id, ok2.chore.id, ok2.occurrence.id];
    expect(onServer(server)).toEqual(ids.sort());
    const state = await readSyncState(db);
    expect(state?.rejected).toEqual([]);
    expect(state?.stuck).toEqual([
      expect.objectContaining({ key: `chores:${bad.chore.id}`, reason: 'changes: not a list', attempts: 1 }),
    ]);
    // The stuck chore and its entry (held back with it) are still in the outbox.
    expect((await db.outbox.toArray()).map((r) => r.id).sort()).toEqual(
      [bad.chore.id, bad.occurrence.id].sort(),
    );
  });

  it('isolates a change the server keeps failing on (500), keeps the rest flowing, and tries it again alone later', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const { ok1, bad, ok2 } = await threeChores(db);
    const poison = (c: PushChange) => c.type === 'occurrence' && c.occurrence.id === bad.occurrence.id;
    const pushes = failingOn(server, poison, () =>
      Response.json({ error: 'internal', message: 'Something went wrong.' }, { status: 500 }),
    );
    const run = (now: number) =>
      session(db, server, { fetch: pushes.fetch, now: () => now, random: () => 0 });

    // Once may be a blip: the session backs off, keeping everything.
    expect(await run(WED)).toMatchObject({ status: 'failed', error: 'Something went wrong.' });
    expect(await db.outbox.count()).toBe(6);
    // Again: the batch is split until the failing change is alone; the others go through.
    expect(await run(WED + 10_000)).toMatchObject({ status: 'synced', pushed: 5 });
    expect(onServer(server)).toEqual(
      [ok1.chore.id, ok1.occurrence.id, bad.chore.id, ok2.chore.id, ok2.occurrence.id].sort(),
    );
    const stuck = (await readSyncState(db))?.stuck ?? [];
    expect(stuck).toEqual([
      {
        key: `occurrences:${bad.occurrence.id}`,
        table: 'occurrences',
        id: bad.occurrence.id,
        reason: 'Something went wrong.',
        since: WED + 10_000,
        attempts: 1,
        retryAt: WED + 10_000 + 10 * 60_000,
      },
    ]);
    expect((await db.outbox.toArray()).map((r) => r.id)).toEqual([bad.occurrence.id]);
    // Before its time it is not tried; then it is tried alone, and waits twice as long when it fails.
    const before = pushes.bodies.length;
    expect(await run(WED + 60_000)).toMatchObject({ status: 'synced', pushed: 0 });
    expect(pushes.bodies).toHaveLength(before);
    await run(WED + 11 * 60_000);
    expect(pushes.bodies).toHaveLength(before + 1);
    expect((await readSyncState(db))?.stuck).toEqual([
      expect.objectContaining({ attempts: 2, retryAt: WED + 11 * 60_000 + 20 * 60_000 }),
    ]);
    // Once the server takes it, it is no longer stuck and the outbox is empty.
    expect(await session(db, server, { now: () => WED + 40 * 60_000 })).toMatchObject({
      status: 'synced',
      pushed: 1,
    });
    expect((await readSyncState(db))?.stuck).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
    expect(onServer(server)).toContain(bad.occurrence.id);
  });

  it('backs off when the server fails on everything, setting at most one change aside per session', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    await threeChores(db);
    const pushes = failingOn(
      server,
      () => true,
      () => new Response('Bad gateway', { status: 502 }),
    );
    await session(db, server, { fetch: pushes.fetch, now: () => WED });
    expect(await session(db, server, { fetch: pushes.fetch, now: () => WED + 10_000 })).toMatchObject({
      status: 'failed',
      error: 'The team server had a problem (502).',
    });
    expect((await readSyncState(db))?.stuck).toHaveLength(1);
    expect(await db.outbox.count()).toBe(6);
    // 1 push, then halving down to one change (6 -> 3 -> 2 -> 1), then the next one fails too: stop.
    expect(pushes.bodies).toHaveLength(6);
  });
});
