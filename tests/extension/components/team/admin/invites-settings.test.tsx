import { expect, it } from 'vitest';
import { TeamSection } from '../../../../../extension/components/team/TeamSection';
import { parseJoinInput } from '../../../../../extension/sync/join-link';
import { readSyncState } from '../../../../../extension/sync/state';
import { adaStartsTeam, colleagueJoins } from '../../../fixtures/admin';
import { dump } from '../../../fixtures/db';
import { realServer } from '../../../fixtures/real-server';
import { serverGet } from '../../../fixtures/sync';
import { alerts, button, byLabel, eventually, mount, submit, type } from '../../../fixtures/ui';

const server = realServer();
const openRows = (root: HTMLElement) => root.querySelectorAll('.invite-row').length;
const freshLinks = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLInputElement>('.fresh-links input')].map((i) => i.value);

it('makes join links one per person, lists the open ones, revokes one, replaces them all, turns invites off', {
  timeout: 60_000,
}, async () => {
  const ada = await adaStartsTeam(server);
  const root = mount(<TeamSection db={ada.db} timeZone="UTC" />);
  await eventually(() => expect(openRows(root)).toBe(1));
  expect(root.textContent).toContain('Each join link lets one person join, once');

  button(root, 'Make another join link').click();
  await eventually(() => expect(openRows(root)).toBe(2));
  expect(freshLinks(root)).toHaveLength(1);
  expect(freshLinks(root)[0]?.startsWith(`${server.url}/join#code=`)).toBe(true);

  type(byLabel(root, 'Links for several people'), '3');
  await submit(root.querySelector('form[aria-label="Make several join links"]'));
  await eventually(() => expect(openRows(root)).toBe(5));
  const three = freshLinks(root);
  expect(new Set(three).size).toBe(3);
  // The open list never shows a code again.
  for (const link of three)
    expect(root.querySelector('.open-invites')?.textContent).not.toContain(link.split('=')[1]);

  root.querySelector<HTMLButtonElement>('.invite-row button')?.click();
  await eventually(() => expect(openRows(root)).toBe(4));

  button(root, 'New join link; old ones stop working').click();
  await eventually(() => expect(openRows(root)).toBe(1));
  const [replacement] = freshLinks(root);
  const old = parseJoinInput(three[0] ?? '', '');
  if ('error' in old || 'pairingCode' in old) throw new Error('not a join link');
  await expect(colleagueJoins(server.url, old.inviteCode, 'Eve')).rejects.toThrow(/unknown, was revoked/);

  button(root, 'Turn invites off').click();
  await eventually(() => expect(root.querySelector('.open-none')?.textContent).toContain('nobody can join'));
  expect(root.textContent).toContain('Invites are off: 1 link(s) stopped working.');
  const code = new URL(replacement ?? '').hash.slice('#code='.length);
  await expect(colleagueJoins(server.url, code, 'Eve')).rejects.toThrow();
});

it('says the open-links limit in a sentence, and nothing else changes', { timeout: 60_000 }, async () => {
  const ada = await adaStartsTeam(server);
  const root = mount(<TeamSection db={ada.db} timeZone="UTC" />);
  await eventually(() => expect(openRows(root)).toBe(1));
  type(byLabel(root, 'Links for several people'), '21');
  await submit(root.querySelector('form[aria-label="Make several join links"]'));
  await eventually(() => expect(alerts(root)).toEqual(['Make from 1 to 20 links at once.']));
  for (const [count, open] of [
    ['19', 20],
    ['20', 40],
    ['20', 60],
    ['20', 80],
    ['20', 100],
  ] as const) {
    type(byLabel(root, 'Links for several people'), count);
    await submit(root.querySelector('form[aria-label="Make several join links"]'));
    await eventually(() => expect(openRows(root)).toBe(open));
  }
  type(byLabel(root, 'Links for several people'), '1');
  await submit(root.querySelector('form[aria-label="Make several join links"]'));
  await eventually(() =>
    expect(alerts(root)).toEqual(['A team can hold at most 100 open invite codes; revoke some first.']),
  );
  expect(openRows(root)).toBe(100);
  expect(freshLinks(root)).toHaveLength(20);
});

it('saves the team’s settings, checks them with the server’s messages first, and keeps the new name here', {
  timeout: 60_000,
}, async () => {
  const ada = await adaStartsTeam(server);
  const root = mount(<TeamSection db={ada.db} timeZone="UTC" />);
  await eventually(() => expect(byLabel(root, 'Minimum people per chore').value).toBe('2'));
  await eventually(() => expect(root.querySelector('.team-leaderboard')).not.toBeNull());
  const before = await dump(ada.db);

  type(byLabel(root, 'Minimum people per chore'), '0');
  type(byLabel(root, 'Working hours per person a week'), 'lots');
  type(byLabel<HTMLInputElement>(root, 'Team name'), ' ');
  await submit(root.querySelector('form.team-settings-form'));
  await eventually(() =>
    expect(alerts(root)).toEqual([
      'Team name must not be empty.',
      'Minimum people must be at least 1.',
      'Working hours per week must be a number.',
    ]),
  );
  expect(await dump(ada.db)).toEqual(before);
  const unchanged = await serverGet<{ settings: { minPeople: number } }>(
    server.url,
    '/v1/team',
    ada.state.token,
  );
  expect(unchanged.settings.minPeople).toBe(2);

  type(byLabel(root, 'Minimum people per chore'), '1');
  type(byLabel(root, 'Working hours per person a week'), '32');
  type(byLabel(root, 'Team name'), 'Platform & SRE');
  type(byLabel<HTMLSelectElement>(root, 'Team time zone'), 'America/New_York');
  type(byLabel<HTMLSelectElement>(root, 'Team weeks start on'), '0');
  await submit(root.querySelector('form.team-settings-form'));
  await eventually(() => expect(root.textContent).toContain('Team settings saved.'));
  const team = await serverGet<{ name: string; settings: Record<string, unknown> }>(
    server.url,
    '/v1/team',
    ada.state.token,
  );
  expect(team).toMatchObject({
    name: 'Platform & SRE',
    settings: { minPeople: 1, workingHoursPerWeek: 32, timeZone: 'America/New_York', weekStartsOn: 0 },
  });
  expect(await readSyncState(ada.db)).toMatchObject({ teamName: 'Platform & SRE', minPeople: 1 });
  await eventually(() =>
    expect(root.querySelector('.sync-status .team-name')?.textContent).toBe('Platform & SRE'),
  );
});
