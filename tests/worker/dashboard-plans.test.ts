import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { WireChore } from '../../shared/api/sync';
import type { TeamSummary } from '../../shared/api/team-summary';
import app from '../../worker/index';
import {
  BASE,
  callJson,
  chore,
  choreChange,
  createTeam,
  EVERY_CHORE,
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

/** The Worker answering GET `path` with `db` as its D1 (and `vars` as its limits). */
const get = (db: D1Database, path: string, token?: string, vars: Record<string, number> = {}) =>
  app.fetch(
    new Request(`${BASE}${path}`, {
      headers: { 'CF-Connecting-IP': freshIp(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    }),
    { ...env, ...vars, DB: db } as Env,
  );

/** Rows D1 reads to answer GET `path`, per statement: each one it ran, run again for its meta. */
async function rowsRead(member: string, path = '/v1/team/summary?week=2026-11-16', vars = {}) {
  const { db, captured } = recording(env.DB);
  expect((await get(db, path, member, vars)).status).toBe(200);
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
  it('reads ranges of the rollups’ keys and of the chore keys logged, never a table or a whole team', async () => {
    await teamWithHistory();
    const { member, page } = await teamWithHistory();
    const { db, captured } = recording(env.DB);
    const html = await get(db, `${page}?week=2026-11-16`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('Restart CI');
    const summary = await get(db, '/v1/team/summary', member);
    expect(summary.status).toBe(200);
    for (const path of ['/v1/leaderboard?week=2026-11-16', '/v1/catalogue']) {
      expect((await get(db, path, member)).status).toBe(200);
    }
    const statements = new Set(captured.map((c) => c.sql));
    expect(statements.size).toBeGreaterThanOrEqual(5);
    expect(await wholeReads(captured)).toEqual([]);
  });

  it('reads as many rows for a team with a year of history as for one with only the weeks it shows and compares', async () => {
    // 12 weeks shown, and the 5 before the automation 8 weeks ago: 14 weeks back.
    const short = await teamWithHistory(15);
    const long = await teamWithHistory(52);
    const rows = await rowsRead(short.member);
    const longer = await rowsRead(long.member);
    // The caller, then one batch: rollups, the keys logged since, active members, automated keys and weeks.
    expect(rows.length).toBe(6);
    // A range read may touch one row past its end (another team's, or an older week): a few rows, where
    // reading the history would take 3.5 times as many.
    for (const [i, n] of longer.entries()) expect(n).toBeLessThanOrEqual((rows[i] ?? 0) + 3);
    expect(rows.reduce((a, b) => a + b)).toBeGreaterThan(300);
  });

  it('reads no more rows for a team where one member holds hundreds of chores never logged than without them', async () => {
    const plain = await teamWithHistory(15);
    const flooded = await teamWithHistory(15);
    await flood(flooded.member, 300);
    const paths = ['/v1/leaderboard?week=2026-11-16', '/v1/team/summary?week=2026-11-16', '/v1/catalogue'];
    for (const path of paths) {
      const rows = await rowsRead(plain.member, path);
      const more = await rowsRead(flooded.member, path);
      expect(more.length).toBe(rows.length);
      // A range read may touch one row past its end (another team's): a few rows, not the 300 chores.
      for (const [i, n] of more.entries())
        expect(n, `${path}, statement ${i}`).toBeLessThanOrEqual((rows[i] ?? 0) + 3);
    }
  });

  it('reads one page of the catalogue in index order, however many chores the team shows', async () => {
    const team = await createTeam(EVERY_CHORE);
    const m = await join(team);
    await flood(m.token, 300);
    const vars = { CATALOGUE_PAGE: 10 };
    const res = await get(env.DB, '/v1/catalogue', m.token, vars);
    const body = (await res.json()) as { chores: { name: string }[]; total: number };
    expect(body.chores).toHaveLength(10);
    expect(body.total).toBe(300);
    const rows = await rowsRead(m.token, '/v1/catalogue', vars);
    // The caller's token and team, then the page: tens of rows, where all keys would be 300.
    expect(rows.reduce((a, b) => a + b)).toBeLessThan(30);
  });

  it('measures at most LEADERBOARD_PAGE automated chores, the most shared first', async () => {
    const team = await createTeam(EVERY_CHORE);
    const [m, mate] = [await join(team), await join(team)];
    const automated = {
      status: 'automated',
      automatedAt: W - 20 * 7 * DAY,
      createdAt: W - 400 * DAY,
    } as const;
    // One chore both members automated, and many of one member's own, each logged in the weeks before its
    // automation (long before the 12 weeks shown, so that only the savings read them).
    const shared = [chore({ name: 'Shared job', ...automated }), chore({ name: 'Shared job', ...automated })];
    for (const [i, who] of [m, mate].entries()) {
      const c = shared[i] ?? chore();
      await pushChanges(who.token, [
        choreChange(c),
        occurrenceChange(occurrence(c.id, { at: W - 22 * 7 * DAY })),
      ]);
    }
    const own = await flood(m.token, 60, automated);
    await pushChanges(
      m.token,
      own.map((c) =>
        occurrenceChange(occurrence(c.id, { at: W - 22 * 7 * DAY - (own.indexOf(c) % 9) * DAY })),
      ),
    );
    const vars = { LEADERBOARD_PAGE: 5 };
    const path = '/v1/team/summary?week=2026-11-16';
    const res = await get(env.DB, path, m.token, vars);
    const summary = (await res.json()) as TeamSummary;
    expect(summary.headline.automationsMeasured).toBe(5);
    expect(summary.savings.map((s) => s.name)).toContain('Shared job');
    // Five chores' weeks before their automation, a few rows each: not the 61 chores'.
    expect((await rowsRead(m.token, path, vars)).reduce((a, b) => a + b)).toBeLessThan(100);
  });
});

/** One member's chores of distinct names, never logged, as issue 22's member pushed 40,000 of. */
async function flood(token: string, n: number, over: Partial<WireChore> = {}) {
  const chores = Array.from({ length: n }, (_, i) => chore({ name: `Flood ${i}`, ...over }));
  const { body } = await pushChanges(token, chores.map(choreChange));
  expect(body.results.every((r) => r.status === 'applied')).toBe(true);
  return chores;
}
