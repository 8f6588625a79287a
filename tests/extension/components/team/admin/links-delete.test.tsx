import { expect, it } from 'vitest';
import { TeamSection } from '../../../../../extension/components/team/TeamSection';
import { syncNow } from '../../../../../extension/sync/engine';
import { readSyncState } from '../../../../../extension/sync/state';
import { refreshTeamView } from '../../../../../extension/sync/team-view';
import { adaStartsTeam, colleagueJoins } from '../../../fixtures/admin';
import { dump } from '../../../fixtures/db';
import { createAndLogChore } from '../../../fixtures/dexie-verbs';
import { realServer } from '../../../fixtures/real-server';
import { alerts, button, byLabel, eventually, find, mount, submit, type } from '../../../fixtures/ui';

const server = realServer();
const linkRows = (root: HTMLElement) =>
  [...root.querySelectorAll('.link-row')].map((r) => [
    r.querySelector('.name')?.textContent,
    r.querySelector('.member')?.textContent,
  ]);

it('lists the dashboard links with the member’s name, makes a labelled one shown once, and revokes it', {
  timeout: 60_000,
}, async () => {
  const ada = await adaStartsTeam(server);
  const bob = await colleagueJoins(server.url, ada.invite.inviteCode, 'Bob');
  // Each member's Team view asks for their own link.
  await Promise.all([refreshTeamView(ada.db), refreshTeamView(bob.db)]);
  const root = mount(<TeamSection db={ada.db} timeZone="UTC" />);
  await eventually(() =>
    expect(linkRows(root).sort()).toEqual([
      ['Team dashboard (member’s own link)', 'Ada'],
      ['Team dashboard (member’s own link)', 'Bob'],
    ]),
  );

  type(byLabel(root, 'Label for a new link'), 'Wall screen');
  await submit(root.querySelector('form[aria-label="Make a dashboard link"]'));
  const url = await eventually(() => {
    const value = byLabel(root, 'Dashboard link').value;
    expect(value.startsWith(`${server.url}/dashboard/`)).toBe(true);
    return value;
  });
  await eventually(() => expect(linkRows(root)).toContainEqual(['Wall screen', 'Made by an admin']));
  expect(root.querySelector('.view-links')?.textContent).not.toContain(url.split('/').pop());
  expect((await fetch(url)).status).toBe(200);

  find(root, '.link-row', 'Wall screen').querySelector('button')?.click();
  await eventually(() => expect(linkRows(root).map(([label]) => label)).not.toContain('Wall screen'));
  expect((await fetch(url)).status).not.toBe(200);
  expect(alerts(root)).toEqual([]);
});

it('deletes the team only after its name is typed exactly; every member keeps what they logged', {
  timeout: 60_000,
}, async () => {
  const ada = await adaStartsTeam(server, 'Ops');
  await createAndLogChore(ada.db, { name: 'Rotate keys', minutes: 5, source: 'form' });
  const bob = await colleagueJoins(server.url, ada.invite.inviteCode, 'Bob');
  await createAndLogChore(bob.db, { name: 'Restart CI', minutes: 10, source: 'form' });
  expect((await syncNow({ db: bob.db })).status).toBe('synced');
  const root = mount(<TeamSection db={ada.db} timeZone="UTC" />);
  await eventually(() => expect(root.querySelector('.team-leaderboard')).not.toBeNull());
  await eventually(() => expect(root.querySelector('.admin-delete')).not.toBeNull());
  const before = await dump(ada.db);

  type(byLabel(root, 'Type the team’s name to confirm'), 'ops');
  await submit(root.querySelector('form[aria-label="Delete the team"]'));
  await eventually(() =>
    expect(alerts(root)).toEqual(['Type the team’s name exactly (Ops); nothing was deleted.']),
  );
  expect(await dump(ada.db)).toEqual(before);
  expect((await syncNow({ db: bob.db })).status).toBe('synced');

  type(byLabel(root, 'Type the team’s name to confirm'), 'Ops');
  await submit(root.querySelector('form[aria-label="Delete the team"]'));
  await eventually(() =>
    expect(root.querySelector('.team-deleted')?.textContent).toBe(
      'The team Ops is deleted, with everything its server held of it. Everything you logged is still here.',
    ),
  );
  expect(button(root, 'Start the team')).toBeTruthy();
  expect(await readSyncState(ada.db)).toBeUndefined();
  expect(await ada.db.occurrences.count()).toBe(1);
  await syncNow({ db: bob.db });
  expect((await readSyncState(bob.db))?.gone).toBe('team_deleted');
  expect(await bob.db.occurrences.count()).toBe(1);
});
