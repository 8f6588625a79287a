import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { eraseMember } from '../../worker/db/erase';
import { weekStarter } from '../../worker/db/week-of';
import { interleaved } from './held-writes';
import {
  call,
  callJson,
  callWithEnv,
  chore,
  choreChange,
  createTeam,
  join,
  occurrence,
  occurrenceChange,
  pushChanges,
} from './helpers';
import { rollupsAndTruth, teamOf } from './rollup-truth';

type Answer = { error: string; message: string };
type Team = { name: string; settings: { timeZone: string; weekStartsOn: number } };

// Sunday 15 November 2026, 20:00 UTC: Monday 05:00 in Tokyo, so the week differs between the two zones.
const SUNDAY_EVENING = Date.UTC(2026, 10, 15, 20);
const TO_TOKYO = { settings: { timeZone: 'Asia/Tokyo' } };

/** A team whose member logged one entry; their token and ids. */
async function teamWithLog() {
  const team = await createTeam({ settings: { minPeople: 1 } });
  const m = await join(team);
  const c = chore();
  await pushChanges(m.token, [choreChange(c), occurrenceChange(occurrence(c.id, { at: SUNDAY_EVENING }))]);
  return { team, m, c, teamId: await teamOf(m.memberId) };
}

/** Occurrences of the team whose stored week is not their week under the team's stored settings. */
async function inWrongWeek(teamId: string): Promise<string[]> {
  const team = await env.DB.prepare('SELECT time_zone, week_starts_on FROM teams WHERE id = ?')
    .bind(teamId)
    .first<{ time_zone: string; week_starts_on: number }>();
  if (!team) throw new Error('no team');
  const weekOf = weekStarter(team.time_zone, team.week_starts_on);
  const { results } = await env.DB.prepare('SELECT id, at, week_start FROM occurrences WHERE team_id = ?')
    .bind(teamId)
    .all<{ id: string; at: number; week_start: number }>();
  return results.filter((o) => o.week_start !== weekOf(o.at)).map((o) => o.id);
}

const patch = (token: string, body: unknown) => ({ method: 'PATCH', token, body });

describe('a team settings change racing other writes', () => {
  it('moves an entry pushed between its read and its write to the new zone’s week', async () => {
    const { team, m, c, teamId } = await teamWithLog();
    const late = occurrence(c.id, { at: SUNDAY_EVENING + 60_000 });
    const changed = await interleaved(
      (DB) => callWithEnv<Team>({ DB }, '/v1/team', patch(team.adminToken, TO_TOKYO)),
      async () =>
        expect((await pushChanges(m.token, [occurrenceChange(late)])).body.results[0]?.status).toBe(
          'applied',
        ),
    );
    expect(changed.status).toBe(200);
    expect(changed.body.settings.timeZone).toBe('Asia/Tokyo');
    expect(await inWrongWeek(teamId)).toEqual([]);
    const { stored, truth } = await rollupsAndTruth(teamId);
    expect(stored).toEqual(truth);
  });

  it('keeps a time zone another admin set between its read and its write when it only renames', async () => {
    const { team, teamId } = await teamWithLog();
    const renamed = await interleaved(
      (DB) => callWithEnv<Team>({ DB }, '/v1/team', patch(team.adminToken, { name: `${team.name} renamed` })),
      async () => expect((await call('/v1/team', patch(team.adminToken, TO_TOKYO))).status).toBe(200),
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: `${team.name} renamed`,
      settings: { timeZone: 'Asia/Tokyo' },
    });
    expect(await inWrongWeek(teamId)).toEqual([]);
  });

  it('answers 503 contended, changing nothing, when pushes keep landing between its read and its write', async () => {
    const { team, m, c, teamId } = await teamWithLog();
    const always: D1Database = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === 'batch') {
          return async (statements: D1PreparedStatement[]) => {
            await pushChanges(m.token, [occurrenceChange(occurrence(c.id, { at: SUNDAY_EVENING }))]);
            return target.batch(statements);
          };
        }
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const refused = await callWithEnv<Answer>({ DB: always }, '/v1/team', patch(team.adminToken, TO_TOKYO));
    expect(refused.status).toBe(503);
    expect(refused.body.error).toBe('contended');
    expect(refused.res.headers.get('Retry-After')).toBe('1');
    const after = await callJson<Team>('/v1/team', { token: team.adminToken });
    expect(after.body.settings.timeZone).toBe('UTC');
    expect(await inWrongWeek(teamId)).toEqual([]);
  });

  it('leaves nothing of an erased member in the totals when their weeks moved between the erasure’s read and write', async () => {
    const { team, m, teamId } = await teamWithLog();
    let ran = 0;
    const outcome = await eraseMember(
      env.DB,
      teamId,
      m.memberId,
      { reason: 'removed', now: Date.now() },
      {
        afterRead: async () => {
          if (ran++ === 0)
            expect((await call('/v1/team', patch(team.adminToken, TO_TOKYO))).status).toBe(200);
        },
      },
    );
    expect(outcome).toBe('done');
    const { stored, truth } = await rollupsAndTruth(teamId);
    expect(stored).toEqual(truth);
    expect(stored.week).toEqual([]);
  });
});
