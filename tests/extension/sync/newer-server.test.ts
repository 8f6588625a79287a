// @vitest-environment node
import { expect, it } from 'vitest';
import { SYNC_KEY } from '../../../extension/db/core/rows';
import type { Fetch } from '../../../extension/sync/http';
import { joinTeam, pairDevice } from '../../../extension/sync/membership';
import { readTeamView, refreshTeamView } from '../../../extension/sync/team-view';
import { freshDb } from '../fixtures/db';
import { joinedState } from '../fixtures/sync';

/**
 * A newer server adds fields to its answers: the team view, joining and connecting another browser read
 * what they know and drop the rest, while a known field of the wrong kind still refuses the answer.
 */

const SERVER = 'https://toil.test';

const team = {
  name: 'Platform',
  members: 3,
  settings: {
    timeZone: 'UTC',
    weekStartsOn: 1,
    contextSwitchMinutes: 5,
    horizonYears: 5,
    minPeople: 2,
    inviteTtlHours: 168,
    retentionDays: 400,
    workingHoursPerWeek: 40,
  },
  region: 'eu',
};

const entry = {
  rank: 1,
  key: 'rotate tls cert',
  name: 'Rotate TLS cert',
  status: 'manual',
  hoursThisWeek: 1.5,
  occurrencesThisWeek: 3,
  hoursPerWeek: 1.2,
  occurrencesPerWeek: 2.5,
  people: 2,
  painPerWeek: 3.1,
  hoursPerYear: 62,
  trend: { weeklyHours: [1, 1.5], growing: true, slope: 0.5 },
  breakEvenHours: 300,
  paybackWeeks: 12,
  owner: 'platform',
};

const leaderboard = {
  team: 'Platform',
  week: { start: 1, end: 2, label: 'this week', iso: '2026-W48' },
  timeZone: 'UTC',
  chores: [entry],
  total: 1,
  hiddenChores: 0,
  recommendation: null,
  generatedAt: 5,
};

const joinAnswer = { team, memberId: 'member-1', token: 'member-token-0123456789', role: 'member' };

function newerServer(over: Record<string, unknown> = {}): Fetch {
  const answers: Record<string, unknown> = {
    '/v1/leaderboard': leaderboard,
    '/v1/catalogue': {
      chores: [{ key: 'rotate tls cert', name: 'Rotate TLS cert', status: 'manual', people: 2, aliases: [] }],
      total: 1,
      cachedFor: 60,
    },
    '/v1/dashboard-link': { id: 'link-0001', url: `${SERVER}/dashboard/${'a'.repeat(32)}`, expires: null },
    '/v1/join': joinAnswer,
    '/v1/pair': { ...joinAnswer, token: 'member-token-0123456789-device' },
    '/v1/team': team,
    ...over,
  };
  return async (url) => Response.json(answers[new URL(url).pathname], { status: 200 });
}

it('reads the team view from answers with fields it does not know, keeping only what it knows', async () => {
  const db = await freshDb();
  await db.kv.put({ key: SYNC_KEY, value: joinedState(SERVER, { token: 'member-token-0123456789' }) });

  const view = await refreshTeamView(db, newerServer(), 7);
  expect(view?.leaderboard.chores[0]).not.toHaveProperty('owner');
  expect(view?.leaderboard.chores[0]?.trend).toEqual({ weeklyHours: [1, 1.5], growing: true });
  expect(view?.leaderboard).not.toHaveProperty('generatedAt');
  expect(view?.catalogue).toEqual(['Rotate TLS cert']);
  expect(view?.dashboardUrl).toBe(`${SERVER}/dashboard/${'a'.repeat(32)}`);
  expect(await readTeamView(db)).toEqual(view);
});

it('still refuses an answer whose known field has the wrong kind', async () => {
  const db = await freshDb();
  await db.kv.put({ key: SYNC_KEY, value: joinedState(SERVER, { token: 'member-token-0123456789' }) });
  const wrong = { ...leaderboard, chores: [{ ...entry, people: 'two' }] };
  await expect(refreshTeamView(db, newerServer({ '/v1/leaderboard': wrong }))).rejects.toThrow(/understand/);
});

it('joins and pairs another browser through answers with fields it does not know', async () => {
  const fetcher = newerServer();
  const joined = await joinTeam(await freshDb(), { server: SERVER, inviteCode: 'invite-code-0001' }, 'Ada', {
    fetcher,
  });
  expect(joined).toMatchObject({ teamName: 'Platform', minPeople: 2, memberId: 'member-1' });
  const device = { server: SERVER, pairingCode: 'pairing-code-0001' };
  expect(await pairDevice(await freshDb(), device, { fetcher })).toMatchObject({
    teamName: 'Platform',
    token: 'member-token-0123456789-device',
  });
});

it('joins a server from before the team dashboard, which sends no workingHoursPerWeek', async () => {
  const { workingHoursPerWeek: _, ...olderSettings } = team.settings;
  const older = { ...team, settings: olderSettings };
  const fetcher = newerServer({ '/v1/join': { ...joinAnswer, team: older }, '/v1/team': older });
  const joined = await joinTeam(await freshDb(), { server: SERVER, inviteCode: 'invite-code-0001' }, 'Ada', {
    fetcher,
  });
  expect(joined).toMatchObject({ teamName: 'Platform', minPeople: 2 });
});
