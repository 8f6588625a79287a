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
