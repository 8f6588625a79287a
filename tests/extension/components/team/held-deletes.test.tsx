import { expect, it } from 'vitest';
import { DashboardApp } from '../../../../extension/components/dashboard/DashboardApp';
import { TeamSection } from '../../../../extension/components/team/TeamSection';
import { TeamViewPanel } from '../../../../extension/components/team/TeamViewPanel';
import { HELD_DELETES_KEY, SYNC_KEY } from '../../../../extension/db/core/rows';
import type { ToilDb } from '../../../../extension/db/dexie/schema';
import { forgetTeam, storeMembership } from '../../../../extension/sync/membership';
import { readSyncState } from '../../../../extension/sync/state';
import { wireChore, wireOccurrence } from '../../../../extension/sync/wire';
import { expectRollupsMatchHistory, freshDb } from '../../fixtures/db';
import { createAndLogChore } from '../../fixtures/dexie-verbs';
import { joinedState } from '../../fixtures/sync';
import { button, eventually, mount } from '../../fixtures/ui';

/** A browser whose last pull held back the deletion of its 4 chores and their 4 entries. */
async function browserWithHeldDeletes(): Promise<ToilDb> {
  const db = await freshDb('UTC');
  const changes = [];
  for (let i = 0; i < 4; i++) {
    const { chore, occurrence } = await createAndLogChore(db, {
      name: `Chore ${i}`,
      minutes: 5,
      source: 'form',
    });
    changes.push(
      { ...wireChore({ ...chore, deleted: true, updatedAt: chore.updatedAt + 1 }), version: 9 },
      {
        ...wireOccurrence({ ...occurrence, deleted: true, updatedAt: occurrence.updatedAt + 1 }),
        version: 9,
      },
    );
  }
  await db.outbox.clear();
  const state = joinedState('http://127.0.0.1:9', { heldDeletes: { chores: 4, entries: 4 } });
  await db.kv.bulkPut([
    { key: SYNC_KEY, value: state },
    { key: HELD_DELETES_KEY, value: { changes } },
  ]);
  return db;
}

it('asks in the Team section, and "Keep them" keeps every entry under new ids, queued for the server', async () => {
  const db = await browserWithHeldDeletes();
  const before = (await db.occurrences.toArray()).map((o) => o.minutes);
  const root = mount(<TeamSection db={db} timeZone="UTC" />);
  const alert = await eventually(() => {
    const found = root.querySelector('.held-deletes');
    expect(found?.textContent).toContain('Another of your browsers deleted 4 chores and 4 entries.');
    return found;
  });
  expect(alert?.getAttribute('role')).toBe('alert');

  button(root, 'Keep them').click();
  await eventually(() => expect(root.querySelector('.held-deletes')).toBeNull());
  const live = (await db.occurrences.toArray()).filter((o) => !o.deleted);
  expect(live.map((o) => o.minutes)).toEqual(before);
  const kept = [...(await db.chores.toArray()).filter((c) => !c.deleted), ...live];
  expect(kept).toHaveLength(8);
  const queued = (await db.outbox.toArray()).map((r) => `${r.op}:${r.id}`);
  expect(queued.sort()).toEqual(kept.map((r) => `put:${r.id}`).sort());
  expect(await readSyncState(db)).not.toHaveProperty('heldDeletes');
  await expectRollupsMatchHistory(db);
});

it('deletes them here too when the member says so', async () => {
  const db = await browserWithHeldDeletes();
  const root = mount(<TeamSection db={db} timeZone="UTC" />);
  await eventually(() => expect(root.querySelector('.held-deletes')).not.toBeNull());
  button(root, 'Delete them here too').click();
  await eventually(() => expect(root.querySelector('.held-deletes')).toBeNull());
  expect((await db.occurrences.toArray()).filter((o) => !o.deleted)).toEqual([]);
  expect(await db.outbox.count()).toBe(0);
  await expectRollupsMatchHistory(db);
});

it('marks the way to the Team section: the popup’s Team view and the full page’s Team link', async () => {
  const db = await browserWithHeldDeletes();
  const told: string[] = [];
  const popup = mount(<TeamViewPanel db={db} timeZone="UTC" onLink={(link) => told.push(link)} />);
  await eventually(() =>
    expect(popup.querySelector('.sync-held')?.textContent).toContain('deleted 4 chores and 4 entries'),
  );
  await eventually(() => expect(told.at(-1)).toBe('asking'));

  const page = mount(<DashboardApp db={db} />);
  await eventually(() =>
    expect(page.querySelector('.setup-nav a[href="#team"]')?.textContent).toBe(
      'Team! (deletions to confirm)',
    ),
  );
});

it('forgets the held deletions with the team: a team joined later never applies them', async () => {
  const db = await browserWithHeldDeletes();
  await forgetTeam(db);
  expect(await db.kv.get(HELD_DELETES_KEY)).toBeUndefined();

  const again = await browserWithHeldDeletes();
  await storeMembership(again, joinedState('http://127.0.0.1:9'), Date.now());
  expect(await again.kv.get(HELD_DELETES_KEY)).toBeUndefined();
});
