/**
 * 5,000 changes queued offline (one chore, 4,999 entries) drained by the sync engine in one session:
 * Dexie on fake-indexeddb in node, the real Worker under wrangler (unstable_dev) with local D1. The
 * session pushes the outbox in batches, settles it and pulls the member's feed back. Baseline, same run:
 * plain HTTP pushes of the same rows in batches of the same size (the push benchmark's method), per row.
 */
import 'fake-indexeddb/auto';
import { SYNC_KEY } from '../extension/db/core/rows';
import { ToilDb } from '../extension/db/dexie/schema';
import { importJson } from '../extension/db/dexie/transfer';
import { syncNow } from '../extension/sync/engine';
import { webLock } from '../extension/sync/lock';
import { wireChore, wireOccurrence } from '../extension/sync/wire';
import type { Chore, Occurrence } from '../shared/model';
import type { Benchmark, BenchResult } from './harness';
import { round, summarise, verdict } from './harness';
import { BENCH_SETUP_TOKEN, freshState, startWorker } from './worker-dev';

const N = 5000;
const BATCH = 500;
const RUNS = 3;
const T0 = Date.now() - 2 * 3_600_000;

function history(run: number, side: string): { chore: Chore; occurrences: Occurrence[] } {
  const chore: Chore = {
    ...{
      id: `bench-${side}-${run}-chore`,
      name: `Drain chore ${side} ${run}`,
      key: '',
      annoyance: 3,
      defaultMinutes: 5,
    },
    traits: {
      manual: true,
      repetitive: true,
      automatable: true,
      tactical: false,
      noEnduringValue: true,
      scalesLinearly: false,
    },
    ...{ status: 'manual', private: false, archived: false, createdAt: T0, updatedAt: T0, deleted: false },
  };
  const occurrences = Array.from({ length: N - 1 }, (_, i) => ({
    ...{ id: `bench-${side}-${run}-occ-${i}`, choreId: chore.id, at: T0 - i * 60_000, minutes: 1 + (i % 30) },
    ...{ source: 'import' as const, updatedAt: T0, deleted: false },
  }));
  return { chore, occurrences };
}

/** Joins as a new member with a fresh invite code (each code admits one person). */
async function join(server: string, adminToken: string): Promise<string> {
  const made = await fetch(`${server}/v1/invites`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ count: 1 }),
  });
  const { invites } = (await made.json()) as { invites: { inviteCode: string }[] };
  const res = await fetch(`${server}/v1/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ inviteCode: invites[0]?.inviteCode }),
  });
  return ((await res.json()) as { token: string }).token;
}

const bench: Benchmark = {
  name: 'sync drain',
  async run(): Promise<BenchResult[]> {
    const state = freshState();
    const worker = await startWorker(state.dir);
    const server = `http://${worker.address}:${worker.port}`;
    try {
      const created = await fetch(`${server}/v1/teams`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_SETUP_TOKEN}` },
        body: JSON.stringify({ name: 'Bench team' }),
      });
      const { token: adminToken } = (await created.json()) as { token: string };
      const drains: number[] = [];
      const pushes: number[] = [];
      const pushPhases: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        // The device: 5,000 changes in its outbox, logged while the server was out of reach.
        const db = new ToilDb(`bench-drain-${run}`);
        const { chore, occurrences } = history(run, 'engine');
        const file = { format: 'toil-tracker', version: 1, exportedAt: T0, chores: [chore], occurrences };
        await importJson(db, JSON.stringify(file));
        const token = await join(server, adminToken);
        await db.kv.put({
          key: SYNC_KEY,
          value: { server, token, memberId: '', teamName: 'Bench', cursor: '0', failures: 0, rejected: [] },
        });
        let firstPull = 0;
        const watched = (url: string, init?: RequestInit) => {
          if (!firstPull && url.includes('/sync/pull')) firstPull = performance.now();
          return fetch(url, init);
        };
        const start = performance.now();
        const out = await syncNow({ db, fetch: watched, lock: webLock(`bench-${run}`) });
        drains.push(performance.now() - start);
        pushPhases.push(firstPull - start);
        if (out.status !== 'synced' || out.pushed !== N || (await db.outbox.count()) !== 0) {
          throw new Error(`drain did not finish: ${JSON.stringify(out)}`);
        }
        db.close();

        // Baseline: the same rows pushed raw, bodies built before the clock starts.
        const raw = history(run, 'raw');
        const changes = [wireChore(raw.chore), ...raw.occurrences.map(wireOccurrence)];
        const bodies: string[] = [];
        for (let i = 0; i < changes.length; i += BATCH)
          bodies.push(JSON.stringify({ changes: changes.slice(i, i + BATCH) }));
        const rawToken = await join(server, adminToken);
        const t = performance.now();
        for (const body of bodies) {
          const res = await fetch(`${server}/v1/sync/push`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${rawToken}` },
            body,
          });
          if (res.status !== 200) throw new Error(`raw push answered ${res.status}`);
          await res.arrayBuffer();
        }
        pushes.push(performance.now() - t);
      }
      const drain = summarise(drains);
      const push = summarise(pushes);
      const ratio = drain.median / push.median;
      return [
        {
          name: 'drain 5,000 offline changes in one sync session (push + pull back)',
          value: round(drain.median, 1),
          unit: 'ms',
          baseline: round(push.median, 1),
          baselineName: 'plain HTTP pushes of the same 5,000 rows (batches of 500)',
          ratio: round(ratio, 2),
          budget: 'within 3x of plain pushes of the same rows',
          withinBudget: verdict([ratio, 3]),
          extra: {
            perRowMs: round(drain.median / N, 3),
            baselinePerRowMs: round(push.median / N, 3),
            pushPhaseMs: round(summarise(pushPhases).median, 1),
            pullBackMs: round(drain.median - summarise(pushPhases).median, 1),
            runs: RUNS,
            drainMin: round(drain.min, 1),
            baselineMin: round(push.min, 1),
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
