import { expect, it } from 'vitest';
import { TeamSettingsForm } from '../../../../../extension/components/team/admin/TeamSettingsForm';
import type { Admin } from '../../../../../extension/sync/admin-api';
import { freshDb } from '../../../fixtures/db';
import { alerts, byLabel, eventually, mount, submit, type } from '../../../fixtures/ui';

/** A team whose name was stored before names were checked for invisible characters. */
const LEGACY_NAME = 'Platform\u200b';

/** A server holding that team: answers its reads, and records each change sent to it. */
function legacyServer() {
  const changes: unknown[] = [];
  const team = {
    name: LEGACY_NAME,
    settings: {
      timeZone: 'UTC',
      weekStartsOn: 1,
      contextSwitchMinutes: 5,
      horizonYears: 5,
      minPeople: 2,
      inviteTtlHours: 168,
      workingHoursPerWeek: 40,
    },
    members: 3,
  };
  const fetcher = async (_url: string, init?: RequestInit) => {
    if (init?.method === 'PATCH') {
      const change = JSON.parse(String(init.body)) as { settings?: object };
      changes.push(change);
      team.settings = { ...team.settings, ...change.settings };
    }
    return new Response(JSON.stringify(team), { headers: { 'Content-Type': 'application/json' } });
  };
  return { changes, fetcher };
}

it('saves a team’s settings without re-sending a name stored before the invisible-character rule', {
  timeout: 30_000,
}, async () => {
  const db = await freshDb();
  const server = legacyServer();
  const admin: Admin = {
    server: 'https://toil.example.com',
    token: 't'.repeat(43),
    memberId: 'm1',
    fetcher: server.fetcher,
  };
  const root = mount(<TeamSettingsForm db={db} admin={admin} />);
  const minPeople = await eventually(() => byLabel(root, 'Minimum people per chore'));
  type(minPeople, '3');
  await submit(root.querySelector('.admin-settings form'));
  await eventually(() => expect(server.changes).toHaveLength(1));
  expect(server.changes[0]).not.toHaveProperty('name');
  expect(alerts(root)).toEqual([]);

  type(byLabel(root, 'Team name'), 'Platform\u200b2');
  await submit(root.querySelector('.admin-settings form'));
  await eventually(() =>
    expect(alerts(root)).toEqual(['Team name contains an invisible character (U+200B); remove it.']),
  );
  expect(server.changes).toHaveLength(1);
});
