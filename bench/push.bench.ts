/**
 * Push of 1,000 occurrences through the Worker (HTTP, validation, D1 reads and one write batch with
 * rollups) into local D1, against inserting the same rows with node:sqlite in one transaction.
 * Budget (issue 4): within 10x.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Benchmark, BenchResult } from './harness';
import { round, time, verdict } from './harness';
import { BENCH_SETUP_TOKEN, freshState, startWorker } from './worker-dev';

const N = 1000;
const T0 = Date.UTC(2026, 9, 5, 9);
const HOUR = 3_600_000;
let seq = 0;

function occurrences(choreId: string) {
  // A device's history: one every 8 hours over about 11 months, each push in its own (earlier) year, so
  // every push lands in rollup cells of its own, as a new member's first sync does.
  const run = seq++;
  const start = T0 - run * 366 * 24 * HOUR;
  return Array.from({ length: N }, (_, i) => ({
    id: `oc-${run}-${i}-bench`,
    choreId,
    at: start - i * 8 * HOUR,
    minutes: 1 + (i % 30),
    source: 'click' as const,
    updatedAt: T0,
    deleted: false,
  }));
}

const chore = {
  id: 'chore-bench-1',
  name: 'Restart flaky job',
  traits: {
    manual: true,
    repetitive: true,
    automatable: true,
    tactical: false,
    noEnduringValue: true,
    scalesLinearly: false,
  },
  annoyance: 3,
  defaultMinutes: 5,
  status: 'manual',
  archived: false,
  createdAt: T0,
  updatedAt: T0,
  deleted: false,
};

/** The same schema in a SQLite file (local D1 is a SQLite file too), rows inserted in one transaction. */
function sqliteBaseline(file: string) {
  const db = new DatabaseSync(file);
  db.exec(readFileSync('worker/migrations/0001_init.sql', 'utf8'));
  const insert = db.prepare(
    `INSERT INTO occurrences (id, team_id, member_id, chore_id, at, week_start, minutes, source, updated_at, deleted, version)
     VALUES (?, 'team', 'member', ?, ?, ?, ?, ?, ?, 0, 1)`,
  );
  const batches = Array.from({ length: 40 }, () => occurrences(chore.id));
  let next = 0;
  return () => {
    const rows = batches[next++] ?? [];
    db.exec('BEGIN');
    for (const o of rows) insert.run(o.id, o.choreId, o.at, o.at, o.minutes, o.source, o.updatedAt);
    db.exec('COMMIT');
  };
}

const bench: Benchmark = {
  name: 'sync push',
  async run(): Promise<BenchResult[]> {
    const state = freshState();
    const worker = await startWorker(state.dir);
    try {
      const post = async (url: string, body: unknown, token?: string) => {
        const res = await worker.fetch(url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(body),
        });
        const json = (await res.json()) as { token: string; results: { status: string }[] };
        if (!res.ok) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(json)}`);
        return json;
      };
      const { token } = await post('/v1/teams', { name: 'Bench team' }, BENCH_SETUP_TOKEN);
      await post('/v1/sync/push', { changes: [{ type: 'chore', chore }] }, token);
      const pushed = await post(
        '/v1/sync/push',
        { changes: occurrences(chore.id).map((o) => ({ type: 'occurrence', occurrence: o })) },
        token,
      );
      if (pushed.results.some((r) => r.status !== 'applied')) throw new Error('bench push was not applied');

      // Bodies are built before the clock starts: the figure is the request, not the test data.
      const bodies = Array.from({ length: 20 }, () =>
        JSON.stringify({
          changes: occurrences(chore.id).map((o) => ({ type: 'occurrence', occurrence: o })),
        }),
      );
      let next = 0;
      const push = time(
        async () => {
          const res = await worker.fetch('/v1/sync/push', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: bodies[next++],
          });
          if (res.status !== 200) throw new Error(`push answered ${res.status}`);
          await res.arrayBuffer();
        },
        16,
        4,
      );
      const pushTiming = await push;
      const base = await time(sqliteBaseline(path.join(state.dir, 'baseline.sqlite')), 30, 5);
      // For the record, the same in memory (no file, no fsync): a stricter reference than local D1 has.
      const memory = await time(sqliteBaseline(':memory:'), 30, 5);
      const ratio = pushTiming.median / base.median;
      return [
        {
          name: 'push 1,000 occurrences through the Worker into local D1',
          value: round(pushTiming.median, 2),
          unit: 'ms',
          baseline: round(base.median, 3),
          baselineName: 'node:sqlite (file, same schema) insert of the same 1,000 rows in one transaction',
          ratio: round(ratio, 1),
          budget: 'within 10x of node:sqlite',
          withinBudget: verdict([ratio, 10]),
          extra: {
            p95: round(pushTiming.p95, 2),
            baselineP95: round(base.p95, 3),
            inMemoryBaselineMs: round(memory.median, 3),
            ratioToInMemory: round(pushTiming.median / memory.median, 1),
            bodyKB: round((bodies[0]?.length ?? 0) / 1024, 1),
          },
        },
      ];
    } finally {
      await worker.stop();
      state.remove();
    }
  },
};

export default bench;
