/**
 * One member holding the most chores the server lets them hold must not slow the team's views (issue
 * 22: 40,000 chores took the leaderboard from 35 to 195 ms and the summary from 20 to 203 ms). Two teams
 * with the same 12 weeks of history, through the Worker into local D1: in one, a member also holds
 * MAX_CHORES_PER_MEMBER's default of 5,000 chores (one more is refused), each of its own name and never
 * logged. The leaderboard and the team summary of each, interleaved so that load from other processes
 * falls on both alike; the figure is the flooded team's median over the other's, in the same run.
 *
 * Budget: within 1.25x. The two teams' views read the same rows (never a chore nobody logged in the weeks
 * shown, tests/worker/dashboard-plans.test.ts), so what is left is the depth of the indexes the flooded
 * team's rows deepen, and noise: on a busy 2-core machine the ratio came out between 0.88 and 1.19 over
 * four runs. Reading every chore key of the team, as the views did before, gave 1.65x and 2.75x.
 */
import type { Benchmark, BenchResult } from './harness';
import { round, summarise } from './harness';
import { BENCH_SETUP_TOKEN, freshState, startWorker } from './worker-dev';

const MAX_CHORES = 5000;
const PUSH = 1000;
const MEMBERS = 4;
const SHARED = 12;
const WEEK = 7 * 86_400_000;
const NOW = Date.now();
const SAMPLES = 60;
const WARMUP = 5;

const traits = {
  manual: true,
  repetitive: true,
  automatable: true,
  tactical: false,
  noEnduringValue: true,
  scalesLinearly: false,
};

const choreOf = (id: string, name: string) => ({
  type: 'chore',
  chore: {
    ...{ id, name, traits, annoyance: 3, defaultMinutes: 5, status: 'manual', archived: false },
    ...{ createdAt: NOW - 20 * WEEK, updatedAt: NOW - 20 * WEEK, deleted: false },
  },
});

/** A member's history: SHARED chores every member has, each logged three times a week for 12 weeks. */
function history(team: string, member: number) {
  const chores = Array.from({ length: SHARED }, (_, i) =>
    choreOf(`${team}-${member}-c${i}`, `Shared chore ${i}`),
  );
  const occurrences = chores.flatMap((c, i) =>
    Array.from({ length: 36 }, (_, n) => ({
      type: 'occurrence',
      occurrence: {
        ...{ id: `${team}-${member}-c${i}-o${n}`, choreId: c.chore.id, minutes: 2 + ((i + n) % 20) },
        ...{ at: NOW - (n * WEEK) / 3 - 3_600_000, source: 'click', updatedAt: NOW - WEEK, deleted: false },
      },
    })),
  );
  return JSON.stringify({ changes: [...chores, ...occurrences] });
}

const bench: Benchmark = {
  name: 'chore flood',
  async run(): Promise<BenchResult[]> {
    const state = freshState();
    const worker = await startWorker(state.dir);
    try {
      const call = async (url: string, body?: string, token?: string) => {
        const res = await worker.fetch(url, {
          method: body === undefined ? 'GET' : 'POST',
          headers: {
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
          ...(body === undefined ? {} : { body }),
        });
        const json = (await res.json()) as Record<string, unknown> & {
          token: string;
          invites: { inviteCode: string }[];
          results: { status: string; code?: string }[];
        };
        if (!res.ok) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
        return json;
      };
      const team = async (name: string) => {
        const created = await call('/v1/teams', JSON.stringify({ name }), BENCH_SETUP_TOKEN);
        const { invites } = await call('/v1/invites', JSON.stringify({ count: MEMBERS - 1 }), created.token);
        const tokens = [created.token];
        for (const { inviteCode } of invites) {
          tokens.push((await call('/v1/join', JSON.stringify({ inviteCode }))).token);
        }
        for (const [i, token] of tokens.entries()) {
          const out = await call('/v1/sync/push', history(name, i), token);
          if (out.results.some((r) => r.status !== 'applied')) throw new Error('history was not applied');
        }
        return tokens;
      };
      const plain = await team('plain');
      const flooded = await team('flooded');
      // One member fills their chores up to MAX_CHORES_PER_MEMBER, each of its own name, none logged.
      const member = flooded[1] ?? '';
      for (let start = SHARED; start < MAX_CHORES; start += PUSH) {
        const changes = Array.from({ length: Math.min(PUSH, MAX_CHORES - start) }, (_, i) =>
          choreOf(`flood-${start + i}`, `Flood chore ${start + i} of one member`),
        );
        const out = await call('/v1/sync/push', JSON.stringify({ changes }), member);
        if (out.results.some((r) => r.status !== 'applied')) throw new Error('flood push was not applied');
      }
      const over = await call(
        '/v1/sync/push',
        JSON.stringify({ changes: [choreOf('flood-over', 'One more')] }),
        member,
      );
      if (over.results[0]?.code !== 'limit') throw new Error('the member is not at MAX_CHORES_PER_MEMBER');

      const timed = async (path: string, token: string) => {
        const start = performance.now();
        await call(path, undefined, token);
        return performance.now() - start;
      };
      const paths = { leaderboard: '/v1/leaderboard', summary: '/v1/team/summary' };
      const samples = {
        plain: { leaderboard: [] as number[], summary: [] as number[] },
        flooded: { leaderboard: [] as number[], summary: [] as number[] },
      };
      for (let i = 0; i < WARMUP + SAMPLES; i++) {
        for (const view of ['leaderboard', 'summary'] as const) {
          // Alternate which team goes first, so neither always follows the other.
          const order = i % 2 === 0 ? (['plain', 'flooded'] as const) : (['flooded', 'plain'] as const);
          for (const which of order) {
            const ms = await timed(paths[view], (which === 'plain' ? plain[0] : flooded[0]) ?? '');
            if (i >= WARMUP) samples[which][view].push(ms);
          }
        }
      }
      return (['leaderboard', 'summary'] as const).map((view) => {
        const base = summarise(samples.plain[view]);
        const t = summarise(samples.flooded[view]);
        const ratio = t.median / base.median;
        return {
          name: `${view} of a team where one member holds ${MAX_CHORES.toLocaleString('en-US')} chores (MAX_CHORES_PER_MEMBER)`,
          value: round(t.median, 2),
          unit: 'ms',
          baseline: round(base.median, 2),
          baselineName: `${view} of the same team without them`,
          ratio: round(ratio, 2),
          budget: 'within 1.25x of the same team without them',
          withinBudget: ratio <= 1.25,
          extra: { p95: round(t.p95, 2), baselineP95: round(base.p95, 2), samples: SAMPLES },
        } satisfies BenchResult;
      });
    } finally {
      await worker.stop();
      state.remove();
    }
  },
};

export default bench;
