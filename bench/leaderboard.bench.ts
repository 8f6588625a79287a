/**
 * Leaderboard for one team-week with 1M occurrences stored across 100 teams, through the Worker into
 * local D1. Budgets (issue 4): D1 rows read within 2x of the rows that team-week holds, and time within
 * 2x of a `SELECT 1` round trip through the same Worker (GET /health).
 *
 * Setup writes the tables straight with SQL (recursive CTEs) rather than pushing 1M occurrences through
 * the API, which would take many minutes; the rollups are then built with the same GROUP BY the server
 * uses to rebuild a team (worker/db/rebuild-weeks.ts). Rows read are counted by running the Worker's own
 * read-path statements (worker/db/read-queries.ts) against the same database and summing D1's
 * meta.rows_read.
 */
import { createHash } from 'node:crypto';
import { TREND_WEEKS } from '../shared/ranking';
import { weekWindow } from '../shared/weeks';
import { CALLER_SQL, RECENT_KEYS_SQL, WEEK_TOTALS_SQL } from '../worker/db/read-queries';
import type { Benchmark, BenchResult } from './harness';
import { round, summarise, verdict } from './harness';
import { type D1Like, freshState, openD1, startWorker } from './worker-dev';

const TEAMS = 100;
const PER_TEAM = 10_000;
const MEMBERS = 10;
const KEYS = 30;
const WEEK = 7 * 86_400_000;
const START = Date.UTC(2025, 10, 3); // a Monday: 52 weeks of history from here
const MONDAY = Date.UTC(1970, 0, 5);
const TEAM = 42;
const TOKEN = 'bench-token-for-team-42-aaaaaaaaaaaaaaaaaaaaa';
const RANKED = START + 30 * WEEK + 3 * 86_400_000;

const seq = (n: number) =>
  `WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ${n - 1})`;

async function seed(db: D1Like) {
  await db.batch([
    db.prepare(
      `${seq(TEAMS)} INSERT INTO teams (id, name, created_at) SELECT 'team-' || i, 'Team ' || i, 0 FROM s`,
    ),
    db.prepare(
      `${seq(TEAMS * MEMBERS)} INSERT INTO members (id, team_id, role, created_at)
       SELECT 'm-' || i, 'team-' || (i / ${MEMBERS}), 'member', 0 FROM s`,
    ),
    db.prepare(
      `${seq(TEAMS * MEMBERS * KEYS)} INSERT INTO chores (id, team_id, member_id, name, key, traits, annoyance,
         default_minutes, status, archived, created_at, updated_at, deleted, version)
       SELECT 'c-' || i, 'team-' || (i / ${MEMBERS * KEYS}), 'm-' || (i / ${KEYS}), 'Chore ' || (i % ${KEYS}),
         'chore ' || (i % ${KEYS}), '{}', 1 + i % 5, 5, 'manual', 0, ${START}, ${START}, 0, 1 FROM s`,
    ),
    db
      .prepare(
        "INSERT INTO tokens (hash, id, team_id, member_id, kind, created_at) VALUES (?, 'tok-42', ?, ?, 'member', 0)",
      )
      .bind(createHash('sha256').update(TOKEN).digest('hex'), `team-${TEAM}`, `m-${TEAM * MEMBERS}`),
  ]);
  const span = Math.floor((52 * WEEK) / PER_TEAM);
  for (let t = 0; t < TEAMS; t += 10) {
    const statements = [];
    for (let team = t; team < t + 10; team++) {
      // D1 binds JS numbers as REAL: the team number goes in as text and is cast, so ids read 'c-12600'.
      statements.push(
        db
          .prepare(
            `${seq(PER_TEAM)} INSERT INTO occurrences (id, team_id, member_id, chore_id, at, week_start, minutes, source,
               updated_at, deleted, version)
             SELECT 'o-' || ?1 || '-' || i, 'team-' || ?1, 'm-' || ((CAST(?1 AS INTEGER) * ${MEMBERS * KEYS} + i % ${MEMBERS * KEYS}) / ${KEYS}),
               'c-' || (CAST(?1 AS INTEGER) * ${MEMBERS * KEYS} + i % ${MEMBERS * KEYS}), ${START} + i * ${span},
               ${START} + i * ${span} - ((${START} + i * ${span} - ${MONDAY}) % ${WEEK}), 1 + (i * 7) % 30, 'click',
               ${START}, 0, 1 FROM s`,
          )
          .bind(String(team)),
      );
    }
    await db.batch(statements);
  }
  await db.batch([
    db.prepare(
      `INSERT INTO member_week_totals (team_id, chore_key, week_start, member_id, occurrences, minutes)
       SELECT c.team_id, c.key, o.week_start, c.member_id, COUNT(*), SUM(o.minutes)
       FROM occurrences o JOIN chores c ON c.id = o.chore_id GROUP BY c.team_id, c.key, o.week_start, c.member_id`,
    ),
    db.prepare(
      `INSERT INTO week_totals (team_id, week_start, chore_key, occurrences, minutes, people)
       SELECT team_id, week_start, chore_key, SUM(occurrences), SUM(minutes), COUNT(*) FROM member_week_totals
       GROUP BY team_id, week_start, chore_key`,
    ),
    db.prepare(
      `INSERT INTO chore_keys (team_id, key, name, created_at, status, annoyance, people, last_week)
       SELECT c.team_id, c.key, MIN(c.name), MIN(c.created_at), 'manual', CAST(ROUND(AVG(c.annoyance)) AS INTEGER),
         COUNT(DISTINCT c.member_id), (SELECT MAX(m.week_start) FROM member_week_totals m
           WHERE m.team_id = c.team_id AND m.chore_key = c.key)
       FROM chores c GROUP BY c.team_id, c.key`,
    ),
  ]);
}

/** What the Worker's leaderboard reads from D1 for the ranked week, and what that team-week holds. */
async function rowsRead(db: D1Like) {
  const bounds = weekWindow(RANKED, TREND_WEEKS, 'UTC', 1);
  const teamId = `team-${TEAM}`;
  const out = await db.batch([
    db.prepare(CALLER_SQL).bind(createHash('sha256').update(TOKEN).digest('hex')),
    db.prepare(WEEK_TOTALS_SQL).bind(teamId, bounds[0], bounds.at(-1)),
    db.prepare(RECENT_KEYS_SQL).bind(teamId, bounds[0]),
  ]);
  const week = bounds.at(-2) ?? 0;
  const held = await db
    .prepare('SELECT COUNT(*) AS n FROM occurrences WHERE team_id = ? AND week_start = ?')
    .bind(teamId, week)
    .all();
  const total = await db.prepare('SELECT COUNT(*) AS n FROM occurrences').all();
  return {
    read: out.reduce((sum, r) => sum + r.meta.rows_read, 0),
    rollupRows: out.reduce((sum, r) => sum + r.results.length, 0),
    weekOccurrences: Number(held.results[0]?.n ?? 0),
    occurrences: Number(total.results[0]?.n ?? 0),
  };
}

const bench: Benchmark = {
  name: 'team leaderboard',
  async run(): Promise<BenchResult[]> {
    const state = freshState();
    try {
      const d1 = await openD1(state.dir);
      const seedStart = performance.now();
      await seed(d1.db);
      const seedMs = performance.now() - seedStart;
      const rows = await rowsRead(d1.db);
      await d1.dispose();
      if (rows.occurrences !== TEAMS * PER_TEAM) throw new Error(`seeded ${rows.occurrences} occurrences`);

      const worker = await startWorker(state.dir);
      try {
        const week = new Date(RANKED).toISOString().slice(0, 10);
        const get = async (url: string, token?: string) => {
          const start = performance.now();
          const res = await worker.fetch(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
          const body = (await res.json()) as { chores?: unknown[] };
          if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
          return { ms: performance.now() - start, body };
        };
        const first = await get(`/v1/leaderboard?week=${week}`, TOKEN);
        if ((first.body.chores?.length ?? 0) !== KEYS)
          throw new Error(
            `leaderboard did not rank the seeded chores: ${JSON.stringify(first.body).slice(0, 600)}`,
          );
        const board: number[] = [];
        const select1: number[] = [];
        for (let i = 0; i < 35; i++) {
          // Interleaved, so that load from other processes falls on both alike.
          const a = await get(`/v1/leaderboard?week=${week}`, TOKEN);
          const b = await get('/health');
          if (i < 5) continue; // warm-up
          board.push(a.ms);
          select1.push(b.ms);
        }
        const t = summarise(board);
        const base = summarise(select1);
        return [
          {
            name: 'leaderboard rows read for one team-week (1M occurrences, 100 teams)',
            value: rows.read,
            unit: 'rows',
            baseline: rows.weekOccurrences,
            baselineName: 'occurrences that team-week holds',
            ratio: round(rows.read / rows.weekOccurrences, 2),
            budget: 'within 2x of the rows the team-week holds',
            withinBudget: rows.read <= 2 * rows.weekOccurrences,
            extra: {
              rollupRowsReturned: rows.rollupRows,
              ratioToRollupRows: round(rows.read / rows.rollupRows, 2),
              trendWeeksRead: TREND_WEEKS + 1,
              occurrencesStored: rows.occurrences,
              seedSeconds: round(seedMs / 1000, 1),
            },
          },
          {
            name: 'leaderboard time for one team-week through the Worker (1M occurrences, 100 teams)',
            value: round(t.median, 2),
            unit: 'ms',
            baseline: round(base.median, 2),
            baselineName: 'SELECT 1 round trip through the Worker (GET /health)',
            ratio: round(t.median / base.median, 2),
            budget: 'within 2x of a SELECT 1 round trip',
            withinBudget: verdict([t.median / base.median, 2]),
            extra: { p95: round(t.p95, 2), baselineP95: round(base.p95, 2) },
          },
        ];
      } finally {
        await worker.stop();
      }
    } finally {
      state.remove();
    }
  },
};

export default bench;
