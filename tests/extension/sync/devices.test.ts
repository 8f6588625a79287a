// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviceNameOf } from '../../../extension/sync/device-name';
import { listDevices, makePairingLink, revokeDevice, rotateToken } from '../../../extension/sync/devices';
import { syncNow } from '../../../extension/sync/engine';
import type { Fetch } from '../../../extension/sync/http';
import { readSyncState } from '../../../extension/sync/state';
import { startWorkerServer, type WorkerServer } from '../../e2e/worker-server';
import { createAndLogChore } from '../fixtures/dexie-verbs';
import { createTeam, freshDevice, joinAndShare, pairAndShare } from '../fixtures/sync';

let server: WorkerServer;
beforeAll(async () => {
  server = await startWorkerServer({ rateLimit: 100_000 });
}, 120_000);
afterAll(() => server?.dispose());

/** A member's laptop (joined with an invite) and desktop (paired from the laptop). */
async function twoBrowsers() {
  const team = await createTeam(server.url);
  const laptop = await freshDevice();
  const desktop = await freshDevice();
  const first = await joinAndShare(laptop, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
  const second = await pairAndShare(laptop, desktop);
  return { laptop, desktop, first, second };
}

const status = (token: string) =>
  fetch(`${server.url}/v1/me/devices`, { headers: { Authorization: `Bearer ${token}` } }).then(
    (r) => r.status,
  );

describe('another browser of the member, against the real Worker', () => {
  it('pairs through a link that holds no token, and gives that browser a token of its own', async () => {
    const team = await createTeam(server.url);
    const laptop = await freshDevice();
    const desktop = await freshDevice();
    const first = await joinAndShare(laptop, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
    const { link, expiresAt } = await makePairingLink(laptop);
    expect(link).toMatch(new RegExp(`^${server.url}/join#pair=[A-Za-z0-9_-]{22}$`));
    expect(link).not.toContain(first.token);
    expect(expiresAt).toBeGreaterThan(Date.now());

    const second = await pairAndShare(laptop, desktop);
    expect(second.token).not.toBe(first.token);
    expect(second.memberId).toBe(first.memberId);
    const seen = await listDevices(desktop);
    expect(seen.map(({ label, current }) => ({ label, current }))).toEqual([
      { label: null, current: false },
      { label: 'Firefox on Linux', current: true },
    ]);
    expect((await listDevices(laptop)).map((d) => d.current)).toEqual([true, false]);
  });

  it('revokes the other browser: its sync stops with a sentence, this one keeps syncing', async () => {
    const { laptop, desktop } = await twoBrowsers();
    const other = (await listDevices(laptop)).find((d) => !d.current);
    await revokeDevice(laptop, other?.id ?? '');
    await createAndLogChore(laptop, { name: 'Restart CI', minutes: 5, source: 'form' });
    expect(await syncNow({ db: laptop })).toMatchObject({ status: 'synced' });
    expect(await syncNow({ db: desktop })).toMatchObject({ status: 'paused' });
    expect((await readSyncState(desktop))?.paused).toMatch(/join/i);
    expect(await listDevices(laptop)).toHaveLength(1);
  });

  it('rotates this browser’s token: it keeps syncing, the old token fails, the other browser keeps its own', async () => {
    const { laptop, desktop, first } = await twoBrowsers();
    await rotateToken(laptop);
    const rotated = await readSyncState(laptop);
    expect(rotated?.token).not.toBe(first.token);
    expect(rotated).not.toHaveProperty('pendingToken');
    expect(await status(first.token)).toBe(401);

    await createAndLogChore(laptop, { name: 'Rotate keys', minutes: 4, source: 'form' });
    expect(await syncNow({ db: laptop })).toMatchObject({ status: 'synced', pushed: 2 });
    expect(await syncNow({ db: desktop })).toMatchObject({ status: 'synced' });
    expect((await desktop.occurrences.toArray()).map((o) => o.minutes)).toEqual([4]);
  });

  it('recovers from a rotation whose answer was lost: the next sync signs in with the token it asked for', async () => {
    const { laptop, first } = await twoBrowsers();
    // The server rotates, but its answer never arrives.
    const lostAnswer: Fetch = async (url, init) => {
      await fetch(url, init);
      throw new TypeError('Failed to fetch');
    };
    await expect(rotateToken(laptop, lostAnswer)).rejects.toThrow(/reach/);
    const pending = await readSyncState(laptop);
    expect(pending?.token).toBe(first.token);
    expect(await status(first.token)).toBe(401);
    expect(await status(pending?.pendingToken ?? '')).toBe(200);

    await createAndLogChore(laptop, { name: 'Page SRE', minutes: 3, source: 'form' });
    expect(await syncNow({ db: laptop })).toMatchObject({ status: 'synced', pushed: 2 });
    const after = await readSyncState(laptop);
    expect(after?.token).toBe(pending?.pendingToken);
    expect(after).not.toHaveProperty('pendingToken');
    expect(after).not.toHaveProperty('paused');
  });

  it('settles a rotation whose request never arrived: the old token stays, and the next rotation works', async () => {
    const { laptop, first } = await twoBrowsers();
    const offline: Fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(rotateToken(laptop, offline)).rejects.toThrow(/reach/);
    expect((await readSyncState(laptop))?.pendingToken).toBeDefined();
    expect(await syncNow({ db: laptop })).toMatchObject({ status: 'synced' });

    await rotateToken(laptop);
    const state = await readSyncState(laptop);
    expect(state?.token).not.toBe(first.token);
    expect(state).not.toHaveProperty('pendingToken');
    expect(await status(state?.token ?? '')).toBe(200);
  });
});

describe('the name a browser pairs under', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', 'Firefox on Linux'],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
      'Chrome on Windows',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0',
      'Edge on macOS',
    ],
    ['', 'A browser'],
  ])('names %s as %s', (userAgent, name) => {
    expect(deviceNameOf(userAgent)).toBe(name);
  });
});
