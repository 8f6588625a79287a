import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import app from '../../worker/index';
import {
  BASE,
  callJson,
  chore,
  choreChange,
  createTeam,
  freshIp,
  join,
  occurrence,
  occurrenceChange,
  pushChanges,
} from './helpers';
import { recording, wholeReads } from './query-plans';

const DAY = 86_400_000;
const W = Date.UTC(2026, 10, 16);

/** A team with a long history (a year of weekly logs, automated chores) and a neighbour with its own. */
async function teamWithHistory() {
  const team = await createTeam({ settings: { minPeople: 2 } });
  const people = [await join(team), await join(team), await join(team)];
  for (const [i, p] of people.entries()) {
    const automated = {
      status: 'automated',
      automatedAt: W - 20 * 7 * DAY,
      createdAt: W - 400 * DAY,
    } as const;
    const chores = [
      chore({ name: 'Deploy', createdAt: W - 400 * DAY }),
      chore({ name: 'Restart CI', ...automated }),
      chore({ name: `Own chore ${i}`, createdAt: W - 400 * DAY }),
    ];
    const occs = chores.flatMap((c) =>
      Array.from({ length: 52 }, (_, w) => occurrence(c.id, { at: W - w * 7 * DAY + DAY, minutes: 5 + w })),
    );
    await pushChanges(p.token, [...chores.map(choreChange), ...occs.map(occurrenceChange)]);
  }
  const link = await callJson<{ url: string }>('/v1/view-links', { token: team.adminToken, body: {} });
  return { member: people[0]?.token ?? '', page: new URL(link.body.url).pathname };
}

describe('query plans of the team dashboard', () => {
  it('reads ranges of the rollups’ keys, never a table or a whole team (chore keys aside, as the leaderboard)', async () => {
    await teamWithHistory();
    const { member, page } = await teamWithHistory();
    const { db, captured } = recording(env.DB);
    const get = (path: string, token?: string) =>
      app.fetch(
        new Request(`${BASE}${path}`, {
          headers: { 'CF-Connecting-IP': freshIp(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        }),
        { ...env, DB: db },
      );
    const html = await get(`${page}?week=2026-11-16`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('Restart CI');
    const summary = await get('/v1/team/summary', member);
    expect(summary.status).toBe(200);
    const statements = new Set(captured.map((c) => c.sql));
    expect(statements.size).toBeGreaterThanOrEqual(5);
    expect(await wholeReads(captured, ['chore_keys'])).toEqual([]);
  });
});
