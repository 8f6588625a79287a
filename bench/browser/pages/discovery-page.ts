/**
 * Bench-only page for the discovery benchmark (bench/discovery.bench.ts): toil discovery over a seeded
 * history, against a plain group-by of the same visits, alternating in the same page, then discovery as
 * the full page would run it (discoverAsync, yielding with scheduler.yield) while long tasks are watched.
 */
import { discover, discoverAsync } from '../../../shared/discovery';
import type { RankingSettings } from '../../../shared/model';
import { type BenchVisit, historyVisits } from './history-data';

const settings: RankingSettings = {
  timeZone: 'Europe/Berlin',
  weekStartsOn: 1,
  contextSwitchMinutes: 5,
  horizonYears: 5,
};

/** The baseline: visits counted per host and path, through the URL parser, with nothing else. */
function groupBy(visits: readonly BenchVisit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { url } of visits) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      continue;
    }
    const key = u.host + u.pathname;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

type Scheduler = { yield(): Promise<void> };
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const SLICE_MS = 8;

/**
 * The control for long tasks: the group-by again, in slices of SLICE_MS with the same yield. On a busy
 * machine a slice can take far longer than its work (the thread is descheduled, or the collector runs);
 * long tasks seen here too come from the machine, not from discovery.
 */
async function groupByInSlices(visits: readonly BenchVisit[], yieldTo: () => Promise<unknown>) {
  const counts = new Map<string, number>();
  let sliceStart = performance.now();
  for (const [i, { url }] of visits.entries()) {
    if (i % 256 === 0 && performance.now() - sliceStart >= SLICE_MS) {
      await yieldTo();
      sliceStart = performance.now();
    }
    if (!URL.canParse(url)) continue;
    const u = new URL(url);
    counts.set(u.host + u.pathname, (counts.get(u.host + u.pathname) ?? 0) + 1);
  }
  return counts.size;
}

async function measure(count: number, days: number, rounds: number, warmup: number) {
  const now = Date.UTC(2026, 10, 25, 11);
  const visits = historyVisits(count, now, days);
  const options = { now, settings, windowWeeks: Math.ceil(days / 7) };
  const longTasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const yieldTo = scheduler ? () => scheduler.yield() : nextTask;

  const sync: number[] = [];
  const baseline: number[] = [];
  const wall: number[] = [];
  const slices: number[] = [];
  const asyncRuns: [number, number][] = [];
  const controlRuns: [number, number][] = [];
  let candidates = 0;
  let groups = 0;
  for (let i = 0; i < warmup + rounds; i++) {
    const timeDiscover = () => {
      const t = performance.now();
      candidates = discover(visits, options).candidates.length;
      return performance.now() - t;
    };
    const timeGroupBy = () => {
      const t = performance.now();
      groups = groupBy(visits).size;
      return performance.now() - t;
    };
    // Alternate which goes first; each in a task of its own.
    const first = i % 2 ? timeDiscover() : timeGroupBy();
    await nextTask();
    const second = i % 2 ? timeGroupBy() : timeDiscover();
    await nextTask();
    const [d, g] = i % 2 ? [first, second] : [second, first];

    // As the full page runs it: in slices, the thread given back between them. Each slice is timed from
    // the moment the page resumes discovery to the moment discovery yields again.
    let resumed = performance.now();
    const start = resumed;
    await discoverAsync(visits, options, {
      sliceMs: SLICE_MS,
      yieldTo: async () => {
        if (i >= warmup) slices.push(performance.now() - resumed);
        await yieldTo();
        resumed = performance.now();
      },
    });
    const end = performance.now();
    await nextTask();
    const controlStart = performance.now();
    await groupByInSlices(visits, yieldTo);
    const controlEnd = performance.now();
    await nextTask();
    if (i < warmup) continue;
    slices.push(end - resumed);
    sync.push(d);
    baseline.push(g);
    wall.push(end - start);
    asyncRuns.push([start, end]);
    controlRuns.push([controlStart, controlEnd]);
  }
  await nextTask();
  const within = (runs: [number, number][]) =>
    longTasks
      .filter((t) => runs.some(([s, e]) => t.startTime < e && t.startTime + t.duration > s))
      .map((t) => t.duration);
  return {
    sync,
    baseline,
    wall,
    slices,
    longTasksDuringAsync: within(asyncRuns),
    longTasksDuringControl: within(controlRuns),
    candidates,
    groups,
    scheduler: scheduler ? 'scheduler.yield' : 'setTimeout',
  };
}

Object.assign(globalThis, { bench: { measure } });
document.title = 'bench ready';
