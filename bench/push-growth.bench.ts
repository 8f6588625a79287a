/**
 * Push cost must grow with the rows a push touches, not with the team's history (issue 11). Four
 * members of one team each push 1,000 new chores sharing one name, one after the other, through the
 * Worker into local D1: the 4th push lands on a key already holding 3,000 chores, the 1st on an empty one.
 * Budget: the 4th push within 1.5x of the 1st, both measured in the same run (the 1st is the baseline).
 * Each member stays within MAX_CHORES_PER_MEMBER_KEY (1,000 by default) and ends at MAX_CHORES_PER_MEMBER
 * (5,000), so the bench runs on the shipped configuration. The sequence is repeated under new names in the
 * same team (the join and team creation rate limits allow one team) for a median and a p95 per position:
 * the team's history grows with every round, the figures must not.
 */
import type { Benchmark, BenchResult } from './harness';
import { round, summarise, verdict } from './harness';
import { BENCH_SETUP_TOKEN, freshState, startWorker } from './worker-dev';

const CHORES = 1000;
const MEMBERS = 4;
// 5 rounds of 1,000 chores: each member ends holding MAX_CHORES_PER_MEMBER's 5,000. The first round warms
// the Worker up and is not counted.
const ROUNDS = 5;
const T0 = Date.UTC(2026, 9, 5, 9);

/** Names of one round: written differently, one key ("restart flaky job <round>"). */
const names = (round: number) => [
  `Restart flaky job ${round}`,
  `restart FLAKY job ${round}`,
  `  Restart  flaky job ${round} `,
  `RESTART FLAKY JOB ${round}`,
];

function body(round: number, member: number): string {
  const written = names(round);
  const changes = Array.from({ length: CHORES }, (_, i) => ({
    type: 'chore',
    chore: {
      id: `growth-${round}-${member}-${i}`,
      name: written[i % written.length],
      traits: {
        manual: true,
        repetitive: true,
        automatable: true,
        tactical: false,
        noEnduringValue: true,
        scalesLinearly: false,
      },
      annoyance: 1 + (i % 5),
      defaultMinutes: 5,
      status: 'manual',
      archived: false,
      createdAt: T0,
      updatedAt: T0,
      deleted: false,
    },
  }));
  return JSON.stringify({ changes });
}

const bench: Benchmark = {
  name: 'push growth',
  async run(): Promise<BenchResult[]> {
    const state = freshState();
    const worker = await startWorker(state.dir);
    try {
      const post = async (url: string, payload: string, token?: string) => {
        const res = await worker.fetch(url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
          body: payload,
        });
        const json = (await res.json()) as {
          token: string;
          invites: { inviteCode: string }[];
          results: { status: string; reason?: string }[];
        };
        if (!res.ok) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(json)}`);
        return json;
      };
      const byPosition: number[][] = Array.from({ length: MEMBERS }, () => []);
      const team = JSON.stringify({ name: 'Growth team' });
      const created = await post('/v1/teams', team, BENCH_SETUP_TOKEN);
      const tokens = [created.token];
      // Invite codes are single-use: one for each member who joins.
      const count = JSON.stringify({ count: MEMBERS - 1 });
      const { invites } = await post('/v1/invites', count, created.token);
      for (const { inviteCode } of invites) {
        tokens.push((await post('/v1/join', JSON.stringify({ inviteCode }))).token);
      }
      for (let round = 0; round < ROUNDS; round++) {
        // Bodies are built before the clock starts: the figure is the request, not the test data.
        const bodies = tokens.map((_, member) => body(round, member));
        for (const [member, token] of tokens.entries()) {
          const start = performance.now();
          const out = await post('/v1/sync/push', bodies[member] ?? '', token);
          const ms = performance.now() - start;
          const refused = out.results.find((r) => r.status !== 'applied');
          if (refused) throw new Error(`bench push was not applied: ${JSON.stringify(refused)}`);
          if (round > 0) byPosition[member]?.push(ms);
        }
      }
      const first = summarise(byPosition[0] ?? []);
      const fourth = summarise(byPosition[MEMBERS - 1] ?? []);
      const ratio = fourth.median / first.median;
      const medians = byPosition.map((s) => round(summarise(s).median, 1));
      return [
        {
          name: 'push of 1,000 chores onto a key already holding 3,000 (4th of 4 members)',
          value: round(fourth.median, 1),
          unit: 'ms',
          baseline: round(first.median, 1),
          baselineName: 'the 1st push of 1,000 chores sharing that name (empty key)',
          ratio: round(ratio, 2),
          budget: 'within 1.5x of the 1st push',
          withinBudget: verdict([ratio, 1.5]),
          extra: {
            p95: round(fourth.p95, 1),
            baselineP95: round(first.p95, 1),
            mediansByPosition: medians.join(' / '),
            rounds: ROUNDS - 1,
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
