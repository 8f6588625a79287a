import { expect, it } from 'vitest';
import { NewChoreLine, TEAM_CHORE_NAMES } from '../../../../extension/components/log/NewChoreLine';
import { TeamSection } from '../../../../extension/components/team/TeamSection';
import { SYNC_KEY, TEAM_VIEW_KEY } from '../../../../extension/db/core/rows';
import { setChoreShared } from '../../../../extension/sync/sharing';
import { readSyncState, type SyncState } from '../../../../extension/sync/state';
import { freshDb } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';
import { alerts, button, byLabel, eventually, mount, submit, type } from '../../fixtures/ui';

// Nothing listens here: joining it fails the way an unreachable server does.
const DEAD_SERVER = 'http://127.0.0.1:9';

const joined: SyncState = {
  server: DEAD_SERVER,
  token: 'token-that-is-never-shown',
  memberId: 'member-1',
  teamName: 'Platform',
  cursor: '0',
  failures: 0,
  rejected: [
    {
      table: 'occurrences',
      id: 'occ-1',
      reason: 'this occurrence was deleted; deletes win over edits',
      at: 1,
    },
  ],
};

it('asks for the server’s origin at the click and explains a bad address inline, storing nothing', async () => {
  const db = await freshDb();
  const asked: string[] = [];
  const requestAccess = async (origin: string) => {
    asked.push(origin);
    return true;
  };
  const root = mount(<TeamSection db={db} timeZone="UTC" requestAccess={requestAccess} />);
  await eventually(() => expect(root.querySelector('form.team-join')).not.toBeNull());

  type(byLabel(root, 'Server address or join link'), 'toil.example.com');
  await submit(root.querySelector('form.team-join'));
  await eventually(() => expect(alerts(root).join()).toContain('Enter the server address'));
  expect(asked).toEqual([]);

  type(byLabel(root, 'Server address or join link'), `${DEAD_SERVER}/join#code=abcdefghijkl`);
  await submit(root.querySelector('form.team-join'));
  await eventually(() => expect(alerts(root).join()).toContain('Can’t reach the team server (offline?)'));
  expect(asked).toEqual([DEAD_SERVER]);
  expect(await readSyncState(db)).toBeUndefined();
});

it('shows the team, the changes waiting and what the server refused, without the token', async () => {
  const db = await freshDb();
  await db.kv.put({ key: SYNC_KEY, value: joined });
  await createChore(db, { name: 'Rotate keys', defaultMinutes: 5 });
  const root = mount(<TeamSection db={db} timeZone="UTC" />);
  await eventually(() => expect(root.querySelector('.team-name')?.textContent).toBe('Platform'));
  expect(root.querySelector('.waiting')?.textContent).toBe('1');
  expect(root.querySelector('.last-sync')?.textContent).toBe('never');
  expect(root.querySelector('.rejected')?.textContent).toContain('deletes win over edits');
  expect(root.textContent).not.toContain(joined.token);
});

it('keeps the team and every entry when leaving fails because the server is unreachable', async () => {
  const db = await freshDb();
  await db.kv.put({ key: SYNC_KEY, value: { ...joined, paused: 'Sync is paused; join again to resume.' } });
  const root = mount(<TeamSection db={db} timeZone="UTC" />);
  await eventually(() => expect(alerts(root).join()).toContain('Sync is paused'));
  expect(button(root, 'Join again')).toBeTruthy();
  button(root, 'Leave team').click();
  await eventually(() => expect(alerts(root).join()).toContain('Can’t reach the team server (offline?)'));
  expect(await readSyncState(db)).toMatchObject({ teamName: 'Platform' });
});

it('queues a chore’s whole history when it goes from private to shared', async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Private errand', defaultMinutes: 5 });
  await setChoreShared(db, chore.id, false);
  const entries = [await logOccurrence(db, { choreId: chore.id, source: 'click' })];
  await db.outbox.clear();
  await setChoreShared(db, chore.id, true);
  expect((await db.chores.get(chore.id))?.private).toBe(false);
  const queued = (await db.outbox.toArray()).map((r) => `${r.table}:${r.id}`);
  expect(queued.sort()).toEqual([`chores:${chore.id}`, ...entries.map((e) => `occurrences:${e.id}`)].sort());
});

it('offers the team catalogue’s chore names to the new-chore line', async () => {
  const db = await freshDb();
  await db.kv.put({ key: SYNC_KEY, value: joined });
  const leaderboard = { team: 'Platform', week: { start: 0, end: 1, label: 'this week' }, timeZone: 'UTC' };
  const view = { leaderboard: { ...leaderboard, chores: [], hiddenChores: 0, recommendation: null } };
  await db.kv.put({
    key: TEAM_VIEW_KEY,
    value: { ...view, catalogue: ['Rotate TLS cert', 'Restart CI'], fetchedAt: 1 },
  });
  const root = mount(<TeamSection db={db} timeZone="UTC" />);
  await eventually(() =>
    expect(
      [...root.querySelectorAll(`datalist#${TEAM_CHORE_NAMES} option`)].map((o) => o.getAttribute('value')),
    ).toEqual(['Rotate TLS cert', 'Restart CI']),
  );
  expect(
    byLabel(
      mount(
        <NewChoreLine
          findMatches={async () => []}
          onLogNew={async () => {}}
          onLogExisting={async () => {}}
        />,
      ),
      'Chore name',
    ).getAttribute('list'),
  ).toBe(TEAM_CHORE_NAMES);
});
