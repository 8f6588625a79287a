import { expect, it } from 'vitest';
import { TeamSection } from '../../../../../extension/components/team/TeamSection';
import { parseJoinInput } from '../../../../../extension/sync/join-link';
import { joinTeam } from '../../../../../extension/sync/membership';
import { readSyncState } from '../../../../../extension/sync/state';
import { dump, freshDb } from '../../../fixtures/db';
import { createAndLogChore } from '../../../fixtures/dexie-verbs';
import { DEAD_SERVER, realServer } from '../../../fixtures/real-server';
import { serverGet } from '../../../fixtures/sync';
import { alerts, button, byLabel, eventually, mount, submit, type } from '../../../fixtures/ui';

const server = realServer();

function fillStart(
  root: HTMLElement,
  values: { server: string; secret: string; team: string; name?: string },
) {
  type(byLabel(root, 'Team server address'), values.server);
  type(byLabel(root, 'Setup secret'), values.secret);
  type(byLabel(root, 'Team name'), values.team);
  type(byLabel(root, 'Your name (optional)'), values.name ?? '');
  return submit(root.querySelector('form.team-start'));
}

it('starts a team with the setup secret: this device joins as its admin and shows a join link for one person', {
  timeout: 60_000,
}, async () => {
  const db = await freshDb();
  await createAndLogChore(db, { name: 'Rotate TLS cert', minutes: 20, source: 'form' });
  const asked: string[] = [];
  const requestAccess = async (origin: string) => {
    asked.push(origin);
    return true;
  };
  const root = mount(<TeamSection db={db} timeZone="UTC" requestAccess={requestAccess} />);
  await eventually(() => expect(root.querySelector('form.team-start')).not.toBeNull());
  await fillStart(root, {
    server: `${server.url}/`,
    secret: server.setupToken,
    team: 'Platform',
    name: 'Ada',
  });

  const link = await eventually(() => {
    const input = byLabel(root, 'Join link');
    expect(input.value).toMatch(/\/join#code=/);
    return input.value;
  });
  expect(asked).toEqual([server.url]);
  expect(root.querySelector('.fresh-links')?.textContent).toContain('each link lets one person join');
  expect(root.querySelector('.fresh-links .expires')?.textContent).toMatch(
    /^Works until \w{3} \d{1,2} \w{3}, \d\d:\d\d, for one person\.$/,
  );
  expect(button(root, 'Copy join link')).toBeTruthy();
  // Joined as a member would, choosing what to share first; the admin token is this device's token.
  expect(root.textContent).toContain('Share and start syncing');
  const state = await readSyncState(db);
  expect(state).toMatchObject({
    server: server.url,
    teamName: 'Platform',
    displayName: 'Ada',
    choosing: true,
  });
  const { members } = await serverGet<{ members: { id: string; role: string; displayName: string }[] }>(
    server.url,
    '/v1/members',
    state?.token ?? '',
  );
  expect(members).toEqual([
    expect.objectContaining({ id: state?.memberId, role: 'admin', displayName: 'Ada' }),
  ]);
  expect(await db.outbox.count()).toBe(2);

  // The link admits a colleague, once.
  const target = parseJoinInput(link, '');
  if ('error' in target || 'pairingCode' in target) throw new Error('not a join link');
  const bob = await joinTeam(await freshDb(), target, 'Bob');
  expect(bob.teamName).toBe('Platform');
  await expect(joinTeam(await freshDb(), target, 'Eve')).rejects.toThrow(/used/);
});

it('says a wrong setup secret in a sentence next to the form, and changes nothing here', {
  timeout: 30_000,
}, async () => {
  const db = await freshDb();
  await createAndLogChore(db, { name: 'Rotate TLS cert', minutes: 20, source: 'form' });
  const before = await dump(db);
  const root = mount(<TeamSection db={db} timeZone="UTC" requestAccess={async () => true} />);
  await eventually(() => expect(root.querySelector('form.team-start')).not.toBeNull());
  await fillStart(root, { server: server.url, secret: 'not-the-secret', team: 'Platform' });
  await eventually(() =>
    expect(alerts(root)).toEqual([
      expect.stringMatching(/^That setup secret is not this server’s\..*Nothing was created\.$/),
    ]),
  );
  expect(await dump(db)).toEqual(before);
});

it('says an unreachable server in a sentence, and changes nothing here', { timeout: 30_000 }, async () => {
  const db = await freshDb();
  await createAndLogChore(db, { name: 'Rotate TLS cert', minutes: 20, source: 'form' });
  const before = await dump(db);
  const root = mount(<TeamSection db={db} timeZone="UTC" requestAccess={async () => true} />);
  await eventually(() => expect(root.querySelector('form.team-start')).not.toBeNull());
  await fillStart(root, { server: DEAD_SERVER, secret: 'anything', team: 'Platform' });
  await eventually(() => expect(alerts(root)).toEqual(['Can’t reach the team server (offline?).']));
  expect(await dump(db)).toEqual(before);
});

it('checks the form with the server’s own messages before sending anything', async () => {
  const db = await freshDb();
  const asked: string[] = [];
  const requestAccess = async (origin: string) => {
    asked.push(origin);
    return true;
  };
  const root = mount(<TeamSection db={db} timeZone="UTC" requestAccess={requestAccess} />);
  await eventually(() => expect(root.querySelector('form.team-start')).not.toBeNull());
  await fillStart(root, { server: 'toil.example.com', secret: ' ', team: '  ', name: 'x'.repeat(81) });
  await eventually(() =>
    expect(alerts(root)).toEqual([
      'Enter the server address, e.g. https://toil.example.com.',
      'Enter the server’s setup secret.',
      'Team name must not be empty.',
      'Display name must be at most 80 characters.',
    ]),
  );
  expect(asked).toEqual([]);
  expect(await readSyncState(db)).toBeUndefined();
});
