import { expect, it, vi } from 'vitest';
import { TeamSection } from '../../../../../extension/components/team/TeamSection';
import { formatDate } from '../../../../../extension/lib/format';
import { type Admin, makeInvites } from '../../../../../extension/sync/admin-api';
import { syncNow } from '../../../../../extension/sync/engine';
import { leaveTeam } from '../../../../../extension/sync/membership';
import { readSyncState, type SyncState } from '../../../../../extension/sync/state';
import { adaStartsTeam, colleagueJoins } from '../../../fixtures/admin';
import { dump } from '../../../fixtures/db';
import { createAndLogChore } from '../../../fixtures/dexie-verbs';
import { realServer } from '../../../fixtures/real-server';
import { serverGet } from '../../../fixtures/sync';
import { alerts, button, byLabel, eventually, find, mount, settle, type } from '../../../fixtures/ui';

const server = realServer();
const adminOfState = (s: SyncState): Admin => ({ ...s, fetcher: (u, i) => fetch(u, i) });
type Members = { members: { id: string; displayName: string; role: string }[] };
const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('.member-row')].map((r) => r.textContent?.replace(/(Make|Remove).*$/, ''));

it('lists the members to an admin; makes one admin, removes one, removes and erases another, each after saying what happens', {
  timeout: 60_000,
}, async () => {
  const ada = await adaStartsTeam(server);
  const [bobCode, caraCode] = (await makeInvites(adminOfState(ada.state), 2)).map((i) => i.inviteCode);
  const bob = await colleagueJoins(server.url, ada.invite.inviteCode, 'Bob');
  const cara = await colleagueJoins(server.url, bobCode ?? '', 'Cara');
  await colleagueJoins(server.url, caraCode ?? '', 'Dan');
  await createAndLogChore(bob.db, { name: 'Restart CI', minutes: 10, source: 'form' });
  expect((await syncNow({ db: bob.db })).status).toBe('synced');

  const root = mount(<TeamSection db={ada.db} timeZone="UTC" />);
  await eventually(() => expect(root.querySelectorAll('.member-row')).toHaveLength(4));
  const today = formatDate(Date.now(), 'UTC');
  expect(rows(root)).toEqual([
    expect.stringMatching(/^Ada \(you\)Admin/),
    expect.stringMatching(/^BobMember/),
    expect.stringMatching(/^CaraMember/),
    expect.stringMatching(/^DanMember/),
  ]);

  button(root, 'Make Dan admin').click();
  await eventually(() =>
    expect(find(root, '.member-row', 'Dan').querySelector('.role')?.textContent).toBe('Admin'),
  );
  const roles = await serverGet<Members>(server.url, '/v1/members', ada.state.token);
  expect(roles.members.find((m) => m.displayName === 'Dan')?.role).toBe('admin');

  button(root, 'Remove Cara').click();
  await settle();
  expect(root.querySelector('.consequence')?.textContent).toBe(
    `Remove Cara (joined ${today}) from Platform? Cara’s browsers stop syncing at once; what Cara logged stays in the team’s totals, under no name. Cara keeps everything in Cara’s own browser.`,
  );
  button(root, 'Yes, remove Cara').click();
  await eventually(() => expect(root.querySelectorAll('.member-row')).toHaveLength(3));
  expect((await syncNow({ db: cara.db })).status).not.toBe('synced');
  expect((await readSyncState(cara.db))?.gone).toBe('removed');

  const hidden = async () =>
    (await serverGet<{ hiddenChores: number }>(server.url, '/v1/leaderboard', ada.state.token)).hiddenChores;
  expect(await hidden()).toBe(1);
  button(root, 'Remove and erase Bob').click();
  await settle();
  expect(root.querySelector('.consequence')?.textContent).toBe(
    `Remove Bob (joined ${today}) from Platform and erase everything the server holds of Bob’s: their chores, their entries and their part of the team’s totals. Bob keeps everything in Bob’s own browser.`,
  );
  button(root, 'Yes, remove and erase Bob').click();
  await eventually(() => expect(root.querySelectorAll('.member-row')).toHaveLength(2));
  expect(await hidden()).toBe(0);
  expect(await bob.db.occurrences.count()).toBe(1);
  expect(alerts(root)).toEqual([]);
});

it('lists a member who left with entries on the server, and erases them after saying what happens', {
  timeout: 60_000,
}, async () => {
  const ada = await adaStartsTeam(server);
  const bob = await colleagueJoins(server.url, ada.invite.inviteCode, 'Bob');
  await createAndLogChore(bob.db, { name: 'Restart CI', minutes: 10, source: 'form' });
  expect((await syncNow({ db: bob.db })).status).toBe('synced');
  await leaveTeam(bob.db, 'leave');
  const today = formatDate(Date.now(), 'UTC');

  const root = mount(<TeamSection db={ada.db} timeZone="UTC" />);
  await eventually(() => expect(root.querySelectorAll('.former-row')).toHaveLength(1));
  expect(root.querySelector('.former-row')?.textContent).toMatch(new RegExp(`^A former member${today}Erase`));
  const hidden = async () =>
    (await serverGet<{ hiddenChores: number }>(server.url, '/v1/leaderboard', ada.state.token)).hiddenChores;
  expect(await hidden()).toBe(1);

  button(root, `Erase their data (the member who left ${today})`).click();
  await settle();
  expect(root.querySelector('.consequence')?.textContent).toBe(
    `Erase everything the server holds of the member who left ${today}: their chores, their entries and their part of the team’s totals. Nothing changes in their own browser.`,
  );
  button(root, 'Yes, erase').click();
  await eventually(() => expect(root.querySelectorAll('.former-row')).toHaveLength(0));
  expect(await hidden()).toBe(0);
  expect(await bob.db.occurrences.count()).toBe(1);
  expect(alerts(root)).toEqual([]);
});

it('keeps a settings change not yet saved while a member action reloads the members', {
  timeout: 60_000,
}, async () => {
  const ada = await adaStartsTeam(server);
  await colleagueJoins(server.url, ada.invite.inviteCode, 'Bob');
  const root = mount(<TeamSection db={ada.db} timeZone="UTC" />);
  await eventually(() => expect(root.querySelectorAll('.member-row')).toHaveLength(2));
  await eventually(() => expect(byLabel(root, 'Minimum people per chore').value).toBe('2'));
  const teamReads = vi.spyOn(globalThis, 'fetch');
  const reads = () =>
    teamReads.mock.calls.filter(
      ([url, init]) => String(url).endsWith('/v1/team') && (init?.method ?? 'GET') === 'GET',
    ).length;
  type(byLabel<HTMLSelectElement>(root, 'Team time zone'), 'America/New_York');
  button(root, 'Make Bob admin').click();
  await eventually(() =>
    expect(find(root, '.member-row', 'Bob').querySelector('.role')?.textContent).toBe('Admin'),
  );
  // The form would read the team again within a frame of the reload: give it several.
  await new Promise((r) => setTimeout(r, 500));
  expect(reads()).toBe(0);
  expect(byLabel<HTMLSelectElement>(root, 'Team time zone').value).toBe('America/New_York');
  teamReads.mockRestore();
});

it('says the last-admin rule in a sentence, and changes nothing on the server or here', {
  timeout: 30_000,
}, async () => {
  const ada = await adaStartsTeam(server);
  const root = mount(<TeamSection db={ada.db} timeZone="UTC" />);
  await eventually(() => expect(root.querySelectorAll('.member-row')).toHaveLength(1));
  // The Team section syncs and fetches the team's figures as it opens: what is stored is taken after.
  await eventually(() => expect(root.querySelector('.team-leaderboard')).not.toBeNull());
  const before = await dump(ada.db);
  button(root, 'Make Ada a member').click();
  await eventually(() =>
    expect(alerts(root)).toEqual([
      'The team must keep an admin with a working token: make another member admin first. Nothing was changed.',
    ]),
  );
  const { members } = await serverGet<Members>(server.url, '/v1/members', ada.state.token);
  expect(members.map((m) => m.role)).toEqual(['admin']);
  expect(await dump(ada.db)).toEqual(before);
});

it('shows no admin screens to a member who is not an admin', { timeout: 30_000 }, async () => {
  const ada = await adaStartsTeam(server);
  const bob = await colleagueJoins(server.url, ada.invite.inviteCode, 'Bob');
  const asAdmin = mount(<TeamSection db={ada.db} timeZone="UTC" />);
  const asMember = mount(<TeamSection db={bob.db} timeZone="UTC" />);
  // Both ask the server at once; once the admin's screens are there, the member's answer (403) is in too.
  await eventually(() => expect(asAdmin.querySelector('.team-admin')).not.toBeNull());
  await eventually(() => expect(asMember.querySelector('.team-leaderboard')).not.toBeNull());
  await new Promise((r) => setTimeout(r, 500));
  expect(asMember.querySelector('.team-admin')).toBeNull();
  expect(asMember.textContent).not.toContain('Join links');
});
