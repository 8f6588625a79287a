/**
 * Ranking 100k occurrences against a hand-written single pass over the same plain array (minutes and
 * counts per chore in the window), timed alternately in the same run. The budget says the ranking does
 * no hidden work per occurrence: within 1.5x of that pass, and under 10 ms.
 */
import type { Chore, Occurrence, RankingSettings } from '../shared/model';
import { rankChores, TREND_WEEKS } from '../shared/ranking';
import { WEEK_MS, weekWindow } from '../shared/weeks';
import { type Benchmark, round, summarise, verdict } from './harness';

const OCCURRENCES = 100_000;
const CHORES = 200;
const ROUNDS = 100;
const WARMUP = 20;
const now = Date.UTC(2026, 10, 25, 14, 30);
const settings: RankingSettings = {
  timeZone: 'Europe/Berlin',
  weekStartsOn: 1,
  contextSwitchMinutes: 5,
  horizonYears: 5,
};

/** mulberry32: the same data on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function data(): { chores: Chore[]; occurrences: Occurrence[] } {
  const rnd = random(1205);
  const statuses = ['manual', 'manual', 'manual', 'automating', 'automated'] as const;
  const chores: Chore[] = Array.from({ length: CHORES }, (_, i) => {
    const status = statuses[i % statuses.length] ?? 'manual';
    const createdAt = now - Math.floor(rnd() * 20 * WEEK_MS);
    return {
      id: `chore-${String(i).padStart(5, '0')}`,
      name: `Chore ${i}`,
      key: `chore ${i}`,
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
      status,
      ...(status === 'automated'
        ? { automatedAt: now - Math.floor(rnd() * 10 * WEEK_MS), automationHours: 8 }
        : {}),
      ...(i % 7 === 0 ? { automationEstimateHours: 12, upkeepHoursPerYear: 2 } : {}),
      private: false,
      archived: i % 50 === 49,
      createdAt,
      updatedAt: createdAt,
      deleted: i % 100 === 99,
    };
  });
  // A skewed workload: a few chores take most occurrences, as real toil does; some history is older than
  // the ranking looks, some is deleted.
  const occurrences: Occurrence[] = Array.from({ length: OCCURRENCES }, (_, i) => ({
    id: `occ-${String(i).padStart(8, '0')}`,
    choreId: `chore-${String(Math.floor(rnd() ** 2 * CHORES)).padStart(5, '0')}`,
    at: now - Math.floor(rnd() * (TREND_WEEKS + 4) * WEEK_MS),
    minutes: 1 + Math.floor(rnd() * 45) / 2,
    source: 'click',
    updatedAt: now,
    deleted: rnd() < 0.01,
  }));
  return { chores, occurrences };
}

/** The baseline: what any ranking must at least do, written by hand, with nothing else. */
function singlePass(chores: readonly Chore[], occurrences: readonly Occurrence[], from: number) {
  const index = new Map<string, number>();
  for (const [i, c] of chores.entries()) if (!c.deleted && !c.archived) index.set(c.id, i);
  const minutes = new Float64Array(chores.length);
  const counts = new Float64Array(chores.length);
  for (const o of occurrences) {
    if (o.deleted || o.at < from || o.at > now) continue;
    const i = index.get(o.choreId);
    if (i === undefined) continue;
    minutes[i] = (minutes[i] ?? 0) + o.minutes;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return { minutes, counts };
}

const benchmark: Benchmark = {
  name: 'ranking',
  async run() {
    const { chores, occurrences } = data();
    const [from = now] = weekWindow(now, TREND_WEEKS, settings.timeZone, settings.weekStartsOn);
    const rankSamples: number[] = [];
    const passSamples: number[] = [];
    let sink = 0;
    const timeRank = () => {
      const start = performance.now();
      sink += rankChores({ chores, occurrences, now, settings }).chores.length;
      return performance.now() - start;
    };
    const timePass = () => {
      const start = performance.now();
      sink += singlePass(chores, occurrences, from).counts.length;
      return performance.now() - start;
    };
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      // Alternate which goes first, so that neither always finds the data warm in cache.
      const [rank, pass] = i % 2 ? [timeRank(), timePass()] : [timePass(), timeRank()].reverse();
      if (i >= WARMUP) {
        rankSamples.push(rank ?? Number.NaN);
        passSamples.push(pass ?? Number.NaN);
      }
    }
    if (sink === 0) throw new Error('nothing was ranked');
    const rank = summarise(rankSamples);
    const pass = summarise(passSamples);
    const ratio = rank.median / pass.median;
    // The ratio of each round's pair, which ran back to back: steadier than the medians on a busy machine.
    const paired = summarise(rankSamples.map((r, i) => r / (passSamples[i] ?? Number.NaN)));
    return [
      {
        name: 'rank 100k occurrences',
        value: round(rank.median),
        unit: 'ms',
        baseline: round(pass.median),
        baselineName: 'hand-written single pass',
        ratio: round(ratio, 2),
        budget: '<= 1.5x the single pass and < 10 ms',
        withinBudget: verdict([ratio, 1.5]) && rank.median < 10,
        extra: {
          p95: round(rank.p95),
          baselineP95: round(pass.p95),
          pairedRatio: round(paired.median, 2),
          fastest: round(rank.min),
          baselineFastest: round(pass.min),
          occurrences: OCCURRENCES,
          chores: CHORES,
        },
      },
    ];
  },
};

export default benchmark;
