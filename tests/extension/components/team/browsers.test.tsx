import { expect, it } from 'vitest';
import { TeamSection } from '../../../../extension/components/team/TeamSection';
import { RETIRED_DEVICE_LINK } from '../../../../extension/sync/join-link';
import { readSyncState } from '../../../../extension/sync/state';
import { realServer } from '../../fixtures/real-server';
import { createTeam, freshDevice, joinAndShare, pairAndShare } from '../../fixtures/sync';
import { alerts, button, byLabel, eventually, find, mount, submit, type } from '../../fixtures/ui';

const server = realServer();

const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('.browser-row')].map((r) => r.querySelector('.name')?.textContent);

it('pairs another browser from the link the Team section shows, which holds no token', {
  timeout: 60_000,
}, async () => {
  const team = await createTeam(server.url);
  const laptop = await freshDevice();
  const first = await joinAndShare(laptop, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
  const page = mount(<TeamSection db={laptop} timeZone="UTC" />);
  await eventually(() => expect(rows(page)).toEqual(['The browser you joined with (this browser)']));
  button(page, 'Make a pairing link').click();
  const link = await eventually(() => {
    const value = byLabel(page, 'Pairing link').value;
    expect(value).toMatch(/#pair=/);
    return value;
  });
  expect(link).not.toContain(first.token);
  expect(page.querySelector('.pairing-expiry')?.textContent).toMatch(/^Works once, until /);

  const desktop = await freshDevice();
  const other = mount(<TeamSection db={desktop} timeZone="UTC" requestAccess={async () => true} />);
  await eventually(() => expect(other.querySelector('form.team-join')).not.toBeNull());
  type(byLabel(other, 'Server address or join link'), link);
  await submit(other.querySelector('form.team-join'));
  await eventually(async () => expect((await readSyncState(desktop))?.memberId).toBe(first.memberId));
  expect((await readSyncState(desktop))?.token).not.toBe(first.token);
});

it('says a link holding a token is retired, and stores nothing', async () => {
  const db = await freshDevice();
  const root = mount(<TeamSection db={db} timeZone="UTC" requestAccess={async () => true} />);
  await eventually(() => expect(root.querySelector('form.team-join')).not.toBeNull());
  type(byLabel(root, 'Server address or join link'), `${server.url}/join#device=${'A'.repeat(43)}`);
  await submit(root.querySelector('form.team-join'));
  await eventually(() => expect(alerts(root)).toEqual([RETIRED_DEVICE_LINK]));
  expect(await readSyncState(db)).toBeUndefined();
});

it('lists the member’s browsers with this one marked, revokes another and rotates this one’s token', {
  timeout: 60_000,
}, async () => {
  const team = await createTeam(server.url);
  const laptop = await freshDevice();
  const desktop = await freshDevice();
  const first = await joinAndShare(laptop, { server: server.url, inviteCode: team.inviteCode }, 'Ada');
  const second = await pairAndShare(laptop, desktop);
  const page = mount(<TeamSection db={laptop} timeZone="UTC" />);
  await eventually(() =>
    expect(rows(page)).toEqual(['The browser you joined with (this browser)', 'Firefox on Linux']),
  );

  find(page, '.browser-row', 'Firefox on Linux').querySelector('button')?.click();
  await eventually(() => expect(rows(page)).toEqual(['The browser you joined with (this browser)']));
  const refused = await fetch(`${server.url}/v1/me/devices`, {
    headers: { Authorization: `Bearer ${second.token}` },
  });
  expect(refused.status).toBe(401);

  button(page, 'Rotate my token').click();
  await eventually(() => expect(page.querySelector('[role="status"].ok')?.textContent).toMatch(/new token/));
  const rotated = await readSyncState(laptop);
  expect(rotated?.token).not.toBe(first.token);
  expect(page.textContent).not.toContain(rotated?.token);
  expect(rows(page)).toEqual(['The browser you joined with (this browser)']);
  expect(alerts(page)).toEqual([]);
});
