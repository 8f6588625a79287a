import { expect, it } from 'vitest';
import { TeamSection } from '../../../../extension/components/team/TeamSection';
import { TeamViewPanel } from '../../../../extension/components/team/TeamViewPanel';
import { SYNC_KEY } from '../../../../extension/db/core/rows';
import { updateChore, updateOccurrence } from '../../../../extension/db/dexie';
import { goneMessage } from '../../../../extension/sync/gone';
import { readSyncState, type SyncState } from '../../../../extension/sync/state';
import { freshDb } from '../../fixtures/db';
import { createAndLogChore, createChore } from '../../fixtures/dexie-verbs';
import { joinedState } from '../../fixtures/sync';
import { alerts, button, eventually, mount, settle } from '../../fixtures/ui';

// Nothing listens here: a sync fails the way an unreachable server does.
const DEAD_SERVER = 'http://127.0.0.1:9';
const state = (over: Partial<SyncState> = {}) =>
  joinedState(DEAD_SERVER, { token: 'token-that-is-never-shown', teamName: 'Platform', ...over });

it('shows what joining would share, with a switch per chore, and sends nothing before the click', async () => {
  const db = await freshDb();
  const { chore: cert, occurrence } = await createAndLogChore(db, {
    name: 'Rotate TLS cert',
    minutes: 20,
    source: 'form',
  });
  await updateOccurrence(db, occurrence.id, { note: 'prod-db-7 host' });
  await updateChore(db, cert.id, { sitePattern: 'internal.example.com' });
  const { chore: oneOnOne } = await createAndLogChore(db, {
    name: 'Prepare 1:1',
    minutes: 15,
    source: 'form',
  });
  await db.kv.put({ key: SYNC_KEY, value: state({ choosing: true, minPeople: 2 }) });
  const root = mount(<TeamSection db={db} timeZone="UTC" />);

  await eventually(() => expect(root.querySelectorAll('.share-row')).toHaveLength(2));
  const rows = [...root.querySelectorAll('.share-row')].map((r) => r.textContent);
  expect(rows).toEqual(['Rotate TLS cert120 min', 'Prepare 1:1115 min']);
  expect(root.textContent).toContain('only once at least 2 people log it');
  expect(root.textContent).not.toMatch(/prod-db-7|internal\.example\.com/);
  const waiting = await db.outbox.count();

  const off = root.querySelector<HTMLInputElement>(`#share-${oneOnOne.id}`);
  off?.click();
  await settle();
  button(root, 'Share and start syncing').click();
  await eventually(async () => expect(await readSyncState(db)).not.toHaveProperty('choosing'));
  expect((await db.chores.get(oneOnOne.id))?.private).toBe(true);
  expect((await db.chores.get(cert.id))?.private).toBe(false);
  expect(await db.outbox.count()).toBeGreaterThanOrEqual(waiting);
});

it('says why sync stopped when the member was removed, keeps every entry, and offers to join another team', async () => {
  const db = await freshDb();
  await createAndLogChore(db, { name: 'Rotate keys', minutes: 5, source: 'form' });
  const paused = goneMessage('removed', 'Platform');
  await db.kv.put({ key: SYNC_KEY, value: state({ paused, gone: 'removed' }) });
  const full = mount(<TeamSection db={db} timeZone="UTC" />);
  const popup = mount(<TeamViewPanel db={db} timeZone="UTC" />);

  await eventually(() => expect(alerts(full)).toContain(paused));
  expect(paused).toMatch(/^An admin removed you from Platform\. Everything you logged is still here/);
  expect(full.querySelector('form[aria-label="Join a team"]')).not.toBeNull();
  expect(full.textContent).not.toContain('Join again');
  // Sync has stopped: nothing offers to sync, and the figures of the old team are gone from view.
  expect(full.textContent).not.toMatch(/Sync now|This week in the team/);
  expect(button(full, 'Forget this team')).toBeTruthy();
  await eventually(() => expect(alerts(popup).join()).toContain(paused));
  const join = [...popup.querySelectorAll('a')].find((a) => a.textContent === 'Join another team');
  expect(join?.getAttribute('href')).toBe('/dashboard.html#team');
  expect(await db.occurrences.count()).toBe(1);
});

it('says it cannot reach the team server and when it tries again, never "Failed to fetch"', async () => {
  const db = await freshDb();
  await createChore(db, { name: 'Rotate keys', defaultMinutes: 5 });
  await db.kv.put({ key: SYNC_KEY, value: state() });
  const root = mount(<TeamSection db={db} timeZone="UTC" />);
  const popup = mount(<TeamViewPanel db={db} timeZone="UTC" />);

  await eventually(() =>
    expect(root.querySelector('.sync-error')?.textContent).toMatch(
      /^Last try failed: Can’t reach the team server \(offline\?\)\. Will retry (at|on) /,
    ),
  );
  await eventually(() =>
    expect(popup.querySelector('.sync-error')?.textContent).toMatch(
      /^Can’t reach the team server \(offline\?\)/,
    ),
  );
  expect(`${root.textContent}${popup.textContent}`).not.toMatch(/fetch|ECONNREFUSED/i);
});

it('shows a change the server keeps failing on as stuck, kept and tried again', async () => {
  const db = await freshDb();
  const stuck = {
    key: 'occurrences:occ-12345678',
    table: 'occurrences' as const,
    id: 'occ-12345678',
    reason: 'Something went wrong.',
    since: Date.now(),
    attempts: 1,
    retryAt: Date.now() + 10 * 60_000,
  };
  await db.kv.put({ key: SYNC_KEY, value: state({ stuck: [stuck], lastSyncAt: Date.now() }) });
  const root = mount(<TeamSection db={db} timeZone="UTC" />);
  const popup = mount(<TeamViewPanel db={db} timeZone="UTC" />);
  const said = '1 change is stuck: the team server fails on it. It is kept here and tried again.';
  await eventually(() => expect(root.querySelector('.stuck summary')?.textContent).toContain(said));
  expect(root.querySelector('.stuck li')?.textContent).toContain('Something went wrong.');
  await eventually(() => expect(popup.querySelector('.sync-stuck')?.textContent).toContain(said));
});

it('keeps a chore the team server holds as private switched off, saying how to share that work again', async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Payroll', defaultMinutes: 5 });
  await updateChore(db, chore.id, { private: true });
  await db.kv.put({ key: SYNC_KEY, value: state({ privateOnServer: [chore.id] }) });
  const root = mount(<TeamSection db={db} timeZone="UTC" />);
  await eventually(() => expect(root.querySelector('.chore-sharing li')).not.toBeNull());
  const box = root.querySelector<HTMLInputElement>('.chore-sharing input[type="checkbox"]');
  expect(box?.checked).toBe(false);
  expect(box?.disabled).toBe(true);
  expect(root.querySelector('.chore-sharing li')?.textContent).toContain('create a new chore');
});
