// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { SYNC_KEY } from '../../../extension/db/core/rows';
import { updateChore } from '../../../extension/db/dexie';
import type { ToilDb } from '../../../extension/db/dexie/schema';
import { onChange } from '../../../extension/db/idb/changes';
import { syncInBackground } from '../../../extension/sync/background/session';
import { syncNow } from '../../../extension/sync/engine';
import type { Fetch } from '../../../extension/sync/http';
import { type Lock, webLock } from '../../../extension/sync/lock';
import { REJOIN_MESSAGE } from '../../../extension/sync/session';
import { MAX_REJECTIONS, readSyncState } from '../../../extension/sync/state';
import { wireChore } from '../../../extension/sync/wire';
import type { Change } from '../../../shared/api/sync';
import { type ChangeResult, PushResponseSchema } from '../../../shared/api/sync';
import { manualChore } from '../../../shared/chore-record';
import { dump, freshDb, WED } from '../fixtures/db';
import { createAndLogChore, createChore, logOccurrence } from '../fixtures/dexie-verbs';
import { joinedState } from '../fixtures/sync';
import { stubServer } from '../fixtures/sync-stub';

/**
 * The sync session's promises, held for both sets of answer checks: the pages' (zod schemas, through
 * syncNow) and the background's (the zod-free guards, through syncInBackground). Each case runs on a
 * device's own fake-indexeddb database against a stub of the member's feed.
 */

type Server = ReturnType<typeof stubServer>;
type Deps = { fetch?: Fetch; now?: () => number; random?: () => number; lock?: Lock };
type Outcome = { status: string; pushed?: number; pulled?: number; error?: string; retryAt?: number };

const sessions: [string, (db: ToilDb, server: Server, deps?: Deps) => Promise<Outcome>][] = [
  [
    'zod checks (the pages)',
    (db, server, deps = {}) => syncNow({ db, fetch: server.fetch, lock: webLock(`c-${db.name}`), ...deps }),
  ],
  [
    'zod-free guards (the background)',
    (db, server, deps = {}) =>
      syncInBackground({ name: db.name, fetch: server.fetch, lock: webLock(`c-${db.name}`), ...deps }),
  ],
];

async function joinedDevice(server: Server): Promise<ToilDb> {
  const db = await freshDb();
  await db.kv.put({ key: SYNC_KEY, value: joinedState(server.url, { token: 'member-token-0123456789' }) });
  return db;
}

const idOf = (c: Change) => (c.type === 'chore' ? c.chore.id : c.occurrence.id);
const sent = (init?: RequestInit) => (JSON.parse(String(init?.body)) as { changes: Change[] }).changes;

/** A push answer refusing every change of the request, each with its own reason (or the server's id). */
function rejectAll(init: RequestInit | undefined, id: (c: Change) => string | null = idOf) {
  const results: ChangeResult[] = sent(init).map((c, index) => ({
    index,
    id: id(c),
    status: 'rejected',
    reason: `refused ${index}`,
  }));
  return Response.json(PushResponseSchema.parse({ results, version: 1 }));
}

/** Counts the pushes that reach the server, passing them on. */
function countPushes(server: Server): { fetch: Fetch; bodies: string[] } {
  const bodies: string[] = [];
  return {
    bodies,
    fetch: (url, init) => {
      if (url.includes('/v1/sync/push')) bodies.push(String(init?.body));
      return server.fetch(url, init);
    },
  };
}

describe.each(sessions)('the sync session, with %s', (_checks, session) => {
  it('pushes the outbox, then pulls, and settles the rows only once the server answered', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    await createAndLogChore(db, { name: 'Rotate keys', minutes: 9, source: 'form' }, WED);
    const waiting = await db.outbox.toArray();
    const lost: Fetch = async (url, init) => {
      const res = await server.fetch(url, init);
      if (url.includes('/v1/sync/push')) throw new TypeError('connection reset after the server answered');
      return res;
    };

    expect(await session(db, server, { fetch: lost })).toMatchObject({ status: 'failed' });
    expect(await db.outbox.toArray()).toEqual(waiting);
    const again = countPushes(server);
    expect(await session(db, server, { fetch: again.fetch })).toEqual({
      status: 'synced',
      pushed: 2,
      pulled: 2,
    });
    expect(again.bodies).toHaveLength(1);
    expect(await db.outbox.count()).toBe(0);
    expect(await readSyncState(db)).toMatchObject({ failures: 0, lastSyncAt: expect.any(Number) });
  });

  it('never sends a chore private since it was made, nor its entries', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const { chore } = await createChore(db, { name: 'Dentist', defaultMinutes: 30 }, WED);
    // As an import brings a private chore: private in the same write that stores it.
    await db.chores.update(chore.id, { private: true });
    await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED);
    const pushes = countPushes(server);

    expect(await session(db, server, { fetch: pushes.fetch })).toMatchObject({ status: 'synced', pushed: 0 });
    expect(pushes.bodies).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('sends only "private" for a chore made private, never its name or entries', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const { chore } = await createChore(db, { name: 'Dentist', defaultMinutes: 30 }, WED);
    await updateChore(db, chore.id, { private: true }, WED);
    await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED);
    const pushes = countPushes(server);

    expect(await session(db, server, { fetch: pushes.fetch })).toMatchObject({ status: 'synced', pushed: 1 });
    expect(pushes.bodies.map((b) => JSON.parse(b))).toEqual([
      { changes: [{ type: 'private', choreId: chore.id }] },
    ]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('records what the server refuses change by change, newest first, and never sends it again', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const first = await createAndLogChore(db, { name: 'Fix clock', minutes: 3, source: 'form' }, WED);
    server.override('/v1/sync/push', (init) => rejectAll(init));
    const now = WED + 1000;
    await session(db, server, { now: () => now });
    const second = await createAndLogChore(db, { name: 'Renew cert', minutes: 4, source: 'form' }, WED);
    await session(db, server, { now: () => now + 1 });

    const entry = (table: string, id: string, reason: string, at: number) => ({ table, id, reason, at });
    expect((await readSyncState(db))?.rejected).toEqual([
      entry('occurrences', second.occurrence.id, 'refused 1', now + 1),
      entry('chores', second.chore.id, 'refused 0', now + 1),
      entry('occurrences', first.occurrence.id, 'refused 1', now),
      entry('chores', first.chore.id, 'refused 0', now),
    ]);
    expect(await db.outbox.count()).toBe(0);
    const pushes = countPushes(server);
    await session(db, server, { fetch: pushes.fetch });
    expect(pushes.bodies).toEqual([]);
  });

  it('names the refused change by its place in the batch when the server gives no id', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    await createChore(db, { name: 'Nameless', defaultMinutes: 3 }, WED);
    server.override('/v1/sync/push', (init) => rejectAll(init, () => null));
    await session(db, server, { now: () => WED });
    expect((await readSyncState(db))?.rejected).toEqual([
      { table: 'chores', id: '?', reason: 'refused 0', at: WED },
    ]);
  });

  it('keeps only the latest rejections', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const state = joinedState(server.url, { token: 'member-token-0123456789' });
    const old = Array.from({ length: MAX_REJECTIONS }, (_, i) => ({
      table: 'chores' as const,
      id: `old-${i}`,
      reason: 'old',
      at: 1,
    }));
    await db.kv.put({ key: SYNC_KEY, value: { ...state, rejected: old } });
    const { chore } = await createChore(db, { name: 'Refused', defaultMinutes: 3 }, WED);
    server.override('/v1/sync/push', (init) => rejectAll(init));
    await session(db, server, { now: () => WED });
    const rejected = (await readSyncState(db))?.rejected ?? [];
    expect(rejected).toHaveLength(MAX_REJECTIONS);
    expect(rejected[0]).toMatchObject({ id: chore.id });
    expect(rejected.at(-1)).toMatchObject({ id: `old-${MAX_REJECTIONS - 2}` });
  });

  it('drops nothing of a batch the server refuses whole (a 4xx), keeping each change and setting one aside', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    const { chore } = await createAndLogChore(db, { name: 'Big', minutes: 5, source: 'form' }, WED);
    const waiting = await db.outbox.toArray();
    server.override('/v1/sync/push', () =>
      Response.json({ error: 'too_large', message: 'That batch is too big.' }, { status: 413 }),
    );
    // The chore alone is refused too: it is set aside, and its entry waits with it.
    expect(await session(db, server, { now: () => WED })).toMatchObject({ status: 'synced', pushed: 0 });
    const state = await readSyncState(db);
    expect(state?.rejected).toEqual([]);
    expect(state?.stuck).toEqual([
      expect.objectContaining({ id: chore.id, reason: 'That batch is too big.' }),
    ]);
    expect(await db.outbox.toArray()).toEqual(waiting);
  });

  it('pauses when the server refuses the token (401), keeping the outbox, and then sends nothing', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    await createAndLogChore(db, { name: 'Reboot router', minutes: 4, source: 'form' }, WED);
    server.override('/v1/sync/push', () =>
      Response.json({ error: 'unauthorized', message: 'not valid' }, { status: 401 }),
    );
    const before = await dump(db);

    expect(await session(db, server)).toEqual({ status: 'paused' });
    expect((await readSyncState(db))?.paused).toBe(REJOIN_MESSAGE);
    const { kv: _kv, ...after } = await dump(db);
    const { kv: _before, ...records } = before;
    expect(after).toEqual(records);
    const later = countPushes(server);
    expect(await session(db, server, { fetch: later.fetch })).toEqual({ status: 'paused' });
    expect(later.bodies).toEqual([]);
  });

  it.each([
    ['removed', 'An admin removed you from Platform.'],
    ['left', 'You left Platform from another browser.'],
    ['team_deleted', 'An admin deleted the team Platform.'],
  ])(
    'says why it stopped when the server says the member is gone (%s), keeping everything',
    async (reason, said) => {
      const server = stubServer();
      const db = await joinedDevice(server);
      await db.kv.put({
        key: SYNC_KEY,
        value: joinedState(server.url, { token: 'member-token-0123456789', teamName: 'Platform' }),
      });
      await createAndLogChore(db, { name: 'Reboot router', minutes: 4, source: 'form' }, WED);
      const message = 'This member is no longer in the team.';
      server.override('/v1/sync/push', () => Response.json({ error: reason, message }, { status: 401 }));
      const before = await dump(db);

      expect(await session(db, server)).toEqual({ status: 'paused' });
      const state = await readSyncState(db);
      expect(state).toMatchObject({ gone: reason });
      expect(state?.paused).toBe(
        `${said} Everything you logged is still here, and nothing is sent any more.`,
      );
      const { kv: _kv, ...after } = await dump(db);
      const { kv: _before, ...records } = before;
      expect(after).toEqual(records);
      const later = countPushes(server);
      expect(await session(db, server, { fetch: later.fetch })).toEqual({ status: 'paused' });
      expect(later.bodies).toEqual([]);
    },
  );

  it('backs off no sooner than Retry-After when the server is busy, keeping the outbox', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    await createAndLogChore(db, { name: 'Page on-call', minutes: 9, source: 'form' }, WED);
    const waiting = await db.outbox.count();
    server.override('/v1/sync/push', () =>
      Response.json({ message: 'busy' }, { status: 503, headers: { 'Retry-After': '120' } }),
    );
    const now = Date.now();
    const outcome = await session(db, server, { now: () => now, random: () => 0 });
    expect(outcome).toEqual({ status: 'failed', error: 'busy', retryAt: now + 120_000 });
    expect(await readSyncState(db)).toMatchObject({ failures: 1, lastError: 'busy', retryAt: now + 120_000 });
    expect(await db.outbox.count()).toBe(waiting);
  });

  it('reads answers with fields this version does not know (a newer server), dropping those fields', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    await createAndLogChore(db, { name: 'Newer server', minutes: 2, source: 'form' }, WED);
    server.override('/v1/sync/push', (init) =>
      Response.json({
        results: sent(init).map((c, index) => ({ index, id: idOf(c), status: 'applied', hint: 'new' })),
        version: 3,
        took: 12,
      }),
    );
    const other = manualChore(
      { name: 'From the laptop', defaultMinutes: 4 },
      { id: 'chore-laptop-1', now: WED },
    );
    const wire = wireChore(other);
    if (wire.type !== 'chore') throw new Error('not a chore change');
    const traits = { ...wire.chore.traits, growsWithTeam: true };
    server.override('/v1/sync/pull', () =>
      Response.json({
        changes: [{ type: 'chore', version: 4, shard: 2, chore: { ...wire.chore, traits, colour: 'blue' } }],
        cursor: '4.chore.chore-laptop-1',
        more: false,
        total: 1,
      }),
    );

    expect(await session(db, server)).toMatchObject({ status: 'synced', pushed: 2, pulled: 1 });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.chores.get(other.id)).toEqual({ ...other, private: false });
    expect((await readSyncState(db))?.cursor).toBe('4.chore.chore-laptop-1');
  });

  it('settles nothing when it does not understand the answer to a push', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    await createAndLogChore(db, { name: 'Odd answer', minutes: 2, source: 'form' }, WED);
    const waiting = await db.outbox.toArray();
    server.override('/v1/sync/push', () =>
      Response.json({ results: [{ index: 0, status: 'fine' }], version: 1 }),
    );
    expect(await session(db, server)).toMatchObject({ status: 'failed' });
    expect(await readSyncState(db)).toMatchObject({
      failures: 1,
      lastError: expect.stringMatching(/understand/),
    });
    expect(await db.outbox.toArray()).toEqual(waiting);
  });

  it('writes nothing from a pull page it does not understand, and keeps the cursor', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    server.override('/v1/sync/pull', () =>
      Response.json({
        changes: [{ type: 'occurrence', version: 1, occurrence: { id: 'x' } }],
        cursor: '1',
        more: false,
      }),
    );
    const before = await dump(db);
    expect(await session(db, server)).toMatchObject({ status: 'failed' });
    const { kv: _kv, ...after } = await dump(db);
    const { kv: _before, ...records } = before;
    expect(after).toEqual(records);
    expect(await readSyncState(db)).toMatchObject({
      cursor: '0',
      lastError: expect.stringMatching(/understand/),
    });
  });

  it('runs one session at a time: one started meanwhile waits, then finds the outbox settled', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    await createAndLogChore(db, { name: 'Once', minutes: 2, source: 'form' }, WED);
    const pushes = countPushes(server);
    const lock = webLock(`one-${db.name}`);
    const both = await Promise.all([
      session(db, server, { fetch: pushes.fetch, lock }),
      session(db, server, { fetch: pushes.fetch, lock }),
    ]);
    expect(both.map((o) => o.pushed)).toEqual([2, 0]);
    expect(pushes.bodies).toHaveLength(1);
  });

  it('tells the open pages (and the popup) that what they show changed', async () => {
    const server = stubServer();
    const db = await joinedDevice(server);
    await createChore(db, { name: 'Seen', defaultMinutes: 2 }, WED);
    await new Promise((resolve) => setTimeout(resolve, 100));
    let heard = 0;
    const stop = onChange(() => {
      heard += 1;
    });
    try {
      await session(db, server);
      await vi.waitFor(() => expect(heard).toBeGreaterThan(0));
    } finally {
      stop();
    }
  });
});
