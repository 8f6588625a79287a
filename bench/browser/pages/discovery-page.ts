/**
 * Bench-only page for the discovery benchmark (bench/discovery.bench.ts): toil discovery over a seeded
 * history, against a plain group-by of the same visits, alternating in the same page, then discovery as
 * the full page would run it (discoverAsync, yielding with scheduler.yield), each slice of it timed.
 */
import { discover, discoverAsync, discoveryWindow } from '../../../shared/discovery';
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
/** A pause with nothing to do, in which the browser may finish the collections it owes. */
const idle = () => new Promise((resolve) => setTimeout(resolve, 500));
const SLICE_MS = 8;

/**
 * The control for slices: the group-by again, in slices of SLICE_MS with the same yield. On a busy
 * machine a slice can take far longer than its work (the thread is descheduled, or the collector runs);
 * long slices seen here too come from the machine, not from discovery.
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

type Sliced = { start: number; end: number; slices: number[] };

/**
 * Runs work that yields through the function it is given, and times each of its slices: from the moment
 * the page resumes the work to the moment the work yields again, all inside one task. These slices are
 * the tasks the work makes. (Chromium's 'longtask' entries cannot stand in for them: a task resumed by
 * scheduler.yield() is never reported as a long task, checked in Chromium 150 with a 70 ms busy loop.)
 */
async function sliced(
  work: (yieldTo: () => Promise<unknown>) => Promise<unknown>,
  yieldTo: () => Promise<unknown>,
) {
  const slices: number[] = [];
  let resumed = performance.now();
  const start = resumed;
  await work(async () => {
    slices.push(performance.now() - resumed);
    await yieldTo();
    resumed = performance.now();
  });
  const end = performance.now();
  slices.push(end - resumed);
  return { start, end, slices } satisfies Sliced;
}

async function measure(count: number, days: number, rounds: number, warmup: number) {
  const now = Date.UTC(2026, 10, 25, 11);
  const visits = historyVisits(count, now, days);
  const options = { now, settings, windowWeeks: Math.ceil(days / 7) };
  const longTasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const yieldTo = scheduler ? () => scheduler.yield() : nextTask;
  const discoverSliced = () =>
    sliced((y) => discoverAsync(visits, options, { sliceMs: SLICE_MS, yieldTo: y }), yieldTo);

  // The first run, cold, as a user's full page runs it once opened: no discovery code has run yet. As in
  // the full page, the time zone's rules are loaded already: the page has drawn its dates, and
  // runDiscovery computes the window before it reads the history (the first Intl.DateTimeFormat of a time
  // zone takes some 50 ms in Chromium, for loading the zone's data; a page pays that once, as it loads).
  discoveryWindow(now, options.windowWeeks, settings.timeZone);
  await nextTask();
  const cold = await discoverSliced();
  await nextTask();

  // 1. Discovery in one task against the group-by, alternating which goes first, each in a task of its own.
  const sync: number[] = [];
  const baseline: number[] = [];
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
    const first = i % 2 ? timeDiscover() : timeGroupBy();
    await nextTask();
    const second = i % 2 ? timeGroupBy() : timeDiscover();
    await nextTask();
    if (i < warmup) continue;
    sync.push(i % 2 ? first : second);
    baseline.push(i % 2 ? second : first);
  }

  // 2. As the full page runs it: in slices, the thread given back between them, one run after another. The
  // page is left idle first, as a user's page is before the click: the group-by's garbage (100,000 URL
  // objects a round) must not land in discovery's slices. With it, a traced page running 30 rounds saw
  // four or five major collections whose final pause took 30 to 53 ms, and slices of 54 to 58 ms; with
  // discovery alone, at most one, of 12 ms.
  await idle();
  const wall: number[] = [];
  const asyncRuns: Sliced[] = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const run = await discoverSliced();
    await nextTask();
    if (i < warmup) continue;
    wall.push(run.end - run.start);
    asyncRuns.push(run);
  }

  // 3. The control: the group-by in slices with the same yield.
  await idle();
  const controlRuns: Sliced[] = [];
  for (let i = 0; i < rounds; i++) {
    controlRuns.push(await sliced((y) => groupByInSlices(visits, y), yieldTo));
    await nextTask();
  }
  await nextTask();
  // Long tasks Chromium does report (a task resumed by a timer, a task of the collector's own) while a
  // run was going on: a task over 50 ms there holds up the page as much as a long slice.
  const within = (runs: Sliced[]) =>
    longTasks
      .filter((t) => runs.some(({ start, end }) => t.startTime < end && t.startTime + t.duration > start))
      .map((t) => t.duration);
  return {
    sync,
    baseline,
    wall,
    slices: asyncRuns.flatMap((r) => r.slices),
    longTasksDuringAsync: within(asyncRuns),
    cold: { wall: cold.end - cold.start, slices: cold.slices, longTasks: within([cold]) },
    controlSlices: controlRuns.flatMap((r) => r.slices),
    longTasksDuringControl: within(controlRuns),
    candidates,
    groups,
    scheduler: scheduler ? 'scheduler.yield' : 'setTimeout',
  };
}

Object.assign(globalThis, { bench: { measure } });
document.title = 'bench ready';
