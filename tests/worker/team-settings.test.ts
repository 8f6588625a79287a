import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  call,
  callJson,
  callWithEnv,
  chore,
  choreChange,
  createTeam,
  failingWrites,
  join,
  occurrence,
  occurrenceChange,
  pushChanges,
} from './helpers';

const MONDAY = Date.UTC(2026, 10, 16); // Monday 16 November 2026, 00:00 UTC

async function weeksOf(memberId: string) {
  const occurrences = await env.DB.prepare('SELECT week_start FROM occurrences WHERE member_id = ?')
    .bind(memberId)
    .all<{ week_start: number }>();
  const totals = await env.DB.prepare(
    'SELECT week_start FROM week_totals WHERE team_id = (SELECT team_id FROM members WHERE id = ?)',
  )
    .bind(memberId)
    .all<{ week_start: number }>();
  return { occurrences: occurrences.results, totals: totals.results };
}

describe('changing the team’s time zone', () => {
  it('keeps the old settings and the old weeks when storage fails midway, and a retry completes it', async () => {
    const team = await createTeam();
    const m = await join(team);
    const c = chore();
    await pushChanges(m.token, [
      choreChange(c),
      occurrenceChange(occurrence(c.id, { at: MONDAY - 30 * 60_000 })),
    ]);
    const before = await weeksOf(m.memberId);
    const patch = { method: 'PATCH', token: team.adminToken, body: { settings: { timeZone: 'Asia/Tokyo' } } };

    const failed = await callWithEnv<{ error: string }>({ DB: failingWrites(env.DB) }, '/v1/team', patch);
    expect(failed.status).toBe(503);
    expect(failed.body.error).toBe('storage_unavailable');
    const team1 = await callJson<{ settings: { timeZone: string } }>('/v1/team', { token: m.token });
    expect(team1.body.settings.timeZone).toBe('UTC');
    expect(await weeksOf(m.memberId)).toEqual(before);

    expect((await call('/v1/team', patch)).status).toBe(200);
    const after = await weeksOf(m.memberId);
    expect(after.occurrences).toEqual([{ week_start: MONDAY - 9 * 3_600_000 }]);
    expect(after.totals).toEqual([{ week_start: MONDAY - 9 * 3_600_000 }]);
  });
});

describe('working hours per person per week (for the toil share)', () => {
  it('is 40 by default, set at creation, changed by an admin, and shown in GET /v1/team', async () => {
    const team = await createTeam({ settings: { workingHoursPerWeek: 32 } });
    const member = await join(team);
    const read = () =>
      callJson<{ settings: { workingHoursPerWeek: number } }>('/v1/team', { token: member.token });
    expect((await read()).body.settings.workingHoursPerWeek).toBe(32);
    const patch = { method: 'PATCH', body: { settings: { workingHoursPerWeek: 37.5 } } };
    expect((await call('/v1/team', { ...patch, token: member.token })).status).toBe(403);
    const changed = await callJson<{ settings: { workingHoursPerWeek: number; timeZone: string } }>(
      '/v1/team',
      { ...patch, token: team.adminToken },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.settings).toMatchObject({ workingHoursPerWeek: 37.5, timeZone: 'UTC' });
    expect((await read()).body.settings.workingHoursPerWeek).toBe(37.5);
    const fresh = await createTeam();
    const fresher = await callJson<{ settings: { workingHoursPerWeek: number } }>('/v1/team', {
      token: fresh.adminToken,
    });
    expect(fresher.body.settings.workingHoursPerWeek).toBe(40);
  });

  it('refuses hours outside 1 to 168, or not a number, with a message, and keeps the old value', async () => {
    const team = await createTeam();
    for (const [value, message] of [
      [0, 'must be at least 1'],
      [168.5, 'must be at most 168'],
      ['40', 'must be a number'],
      [null, 'must be a number'],
    ] as const) {
      const { status, body } = await callJson<{ message: string }>('/v1/team', {
        method: 'PATCH',
        token: team.adminToken,
        body: { settings: { workingHoursPerWeek: value } },
      });
      expect(status, String(value)).toBe(400);
      expect(body.message).toContain(`working hours per week ${message}`);
    }
    const after = await callJson<{ settings: { workingHoursPerWeek: number } }>('/v1/team', {
      token: team.adminToken,
    });
    expect(after.body.settings.workingHoursPerWeek).toBe(40);
  });
});
