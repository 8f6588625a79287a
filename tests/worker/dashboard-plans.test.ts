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

/** A team with `weeks` of weekly logs by three members, one chore automated 8 weeks before W. */
async function teamWithHistory(weeks = 52) {
  const team = await createTeam({ settings: { minPeople: 2 } });
  const people = [await join(team), await join(team), await join(team)];
  for (const [i, p] of people.entries()) {
    const automated = {
      status: 'automated',
      automatedAt: W - 8 * 7 * DAY,
      createdAt: W - 400 * DAY,
    } as const;
    const chores = [
      chore({ name: 'Deploy', createdAt: W - 400 * DAY }),
      chore({ name: 'Restart CI', ...automated }),
      chore({ name: `Own chore ${i}`, createdAt: W - 400 * DAY }),
    ];
    const occs = chores.flatMap((c) =>
      Array.from({ length: weeks }, (_, w) =>
        occurrence(c.id, { at: W - w * 7 * DAY + DAY, minutes: 5 + w }),
      ),
    );
    await pushChanges(p.token, [...chores.map(choreChange), ...occs.map(occurrenceChange)]);
  }
  const link = await callJson<{ url: string }>('/v1/view-links', { token: team.adminToken, body: {} });
  return { member: people[0]?.token ?? '', page: new URL(link.body.url).pathname };
}

/** The Worker answering GET `path` with `db` as its D1. */
const get = (db: D1Database, path: string, token?: string) =>
  app.fetch(
    new Request(`${BASE}${path}`, {
      headers: { 'CF-Connecting-IP': freshIp(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    }),
    { ...env, DB: db },
  );

/** Rows D1 reads for the summary of W's week, per statement: each one it ran, run again for its meta. */
async function rowsRead(member: string) {
  const { db, captured } = recording(env.DB);
  expect((await get(db, '/v1/team/summary?week=2026-11-16', member)).status).toBe(200);
  const each: number[] = [];
  for (const { sql, args } of captured) {
    const { meta } = await env.DB.prepare(sql)
      .bind(...args)
      .all();
    each.push(meta.rows_read);
  }
  return each;
}

describe('query plans of the team dashboard', () => {
  it('reads ranges of the rollups’ keys, never a table or a whole team (chore keys aside, as the leaderboard)', async () => {
    await teamWithHistory();
    const { member, page } = await teamWithHistory();
    const { db, captured } = recording(env.DB);
    const html = await get(db, `${page}?week=2026-11-16`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('Restart CI');
    const summary = await get(db, '/v1/team/summary', member);
    expect(summary.status).toBe(200);
    const statements = new Set(captured.map((c) => c.sql));
    expect(statements.size).toBeGreaterThanOrEqual(5);
    expect(await wholeReads(captured, ['chore_keys'])).toEqual([]);
  });

  it('reads as many rows for a team with a year of history as for one with only the weeks it shows and compares', async () => {
    // 12 weeks shown, and the 5 before the automation 8 weeks ago: 14 weeks back.
    const short = await teamWithHistory(15);
    const long = await teamWithHistory(52);
    const rows = await rowsRead(short.member);
    const longer = await rowsRead(long.member);
    expect(rows.length).toBe(5);
    // A range read may touch one row past its end (another team's, or an older week): a few rows, where
    // reading the history would take 3.5 times as many.
    for (const [i, n] of longer.entries()) expect(n).toBeLessThanOrEqual((rows[i] ?? 0) + 3);
    expect(rows.reduce((a, b) => a + b)).toBeGreaterThan(300);
  });
});
