import type { RankingSettings } from '../model';
import { type Bursts, burstMinutes, bursts, median, mergeSorted, sortTimes } from './bursts';
import { type Calendar, calendar, type DiscoveryWindow, discoveryWindow } from './calendar';
import { type Candidate, type Found, rankFound } from './candidate';
import { pacer } from './pace';
import { type ReadStats, readVisits, type Template, type Visit } from './read-visits';
import { DISCOVERY, type DiscoveryRules, NOT_TOIL, type NotToilRules } from './rules';
import { togetherGroups } from './together';

export type DiscoverOptions = {
  now: number;
  /** The user's ranking settings: time zone and week start for days and weeks, and the ranking's costs. */
  settings: RankingSettings;
  /** How many weeks of history to read, 1 to 12 (DISCOVERY.defaultWindowWeeks when left out). */
  windowWeeks?: number;
  /** Whether a chore's site pattern already covers a host ("host" or "host:port"). */
  isTracked?: (host: string) => boolean;
  rules?: Partial<DiscoveryRules>;
  notToil?: NotToilRules;
};

export type DiscoveryStats = ReadStats;

export type Discovery = { window: DiscoveryWindow; candidates: Candidate[]; stats: DiscoveryStats };

type Recurring = { template: Template; bursts: Bursts };

/**
 * Toil discovery, as steps that pause (yield) every CHUNK units of work or so (pace.ts), so that discoverAsync can
 * give a page's main thread back between slices; discover runs them straight through. Same result either way.
 */
export function* discoverSteps(
  visits: readonly Visit[],
  options: DiscoverOptions,
): Generator<void, Discovery> {
  const { now, settings } = options;
  const rules: DiscoveryRules = { ...DISCOVERY, ...options.rules };
  const window = discoveryWindow(now, options.windowWeeks ?? rules.defaultWindowWeeks, settings.timeZone);
  const cal = calendar(window, settings.timeZone, settings.weekStartsOn);
  const gapMs = rules.burstGapMinutes * 60_000;
  const stats: DiscoveryStats = {
    visits: visits.length,
    read: 0,
    templates: 0,
    setAside: { 'home page': 0, 'search results': 0, mail: 0, reading: 0, 'open for hours': 0 },
  };
  // Fewer visits than occurrences needed: cannot recur (most templates: a page read once or twice).
  const templates = yield* readVisits(
    visits,
    window,
    options.notToil ?? NOT_TOIL,
    stats,
    rules.minOccurrences,
  );

  // 2. Bursts of each template; only templates with enough of them can recur, alone or merged.
  const byHost = new Map<string, Recurring[]>();
  const pace = pacer();
  for (const template of templates) {
    if (pace(template.times.length)) yield;
    const b = bursts(sortTimes(template.times), gapMs);
    if (b.starts.length < rules.minOccurrences) continue;
    if (typicalMinutes(b, rules) > rules.maxTypicalMinutes) {
      stats.setAside['open for hours']++;
      continue;
    }
    const list = byHost.get(template.host) ?? [];
    list.push({ template, bursts: b });
    byHost.set(template.host, list);
  }

  // 3. Templates of a host always visited together merge; what recurs is found.
  const found: Found[] = [];
  for (const [host, list] of byHost) {
    yield;
    const groups = yield* togetherGroups(
      list.map((l) => l.bursts),
      gapMs,
      rules.togetherShare,
    );
    for (const group of groups) {
      yield;
      const recurring = recurs(
        group.flatMap((i) => list[i] ?? []),
        { rules, gapMs, cal },
      );
      if (recurring) found.push({ ...recurring, host, tracked: options.isTracked?.(host) ?? false });
    }
  }

  // 4. Ranked as logged chores are.
  yield;
  const candidates = yield* rankFound(found, { now, settings, rules, windowWeeks: window.weeks });
  return { window, candidates, stats };
}

/** Most visited first; the template's text breaks ties, so the lead template is the same every run. */
const byVisits = (a: Recurring, b: Recurring) =>
  b.template.times.length - a.template.times.length ||
  (a.template.template < b.template.template ? -1 : a.template.template > b.template.template ? 1 : 0);

/** The median estimated minutes of bursts, to a tenth of a minute. */
function typicalMinutes(b: Bursts, rules: DiscoveryRules): number {
  const minutes = b.starts.map((at, k) => burstMinutes(at, b.ends[k] ?? at, rules.extraMinutes));
  return Math.round(median(minutes) * 10) / 10;
}

/** A group of templates (one, or several merged) as a candidate, if its bursts recur by the rules. */
function recurs(
  group: Recurring[],
  { rules, gapMs, cal }: { rules: DiscoveryRules; gapMs: number; cal: Calendar },
): Omit<Found, 'host' | 'tracked'> | null {
  const members = group.sort(byVisits);
  const [lead] = members;
  if (!lead) return null;
  const times =
    members.length === 1 ? lead.template.times : mergeSorted(members.map((m) => m.template.times));
  const b = members.length === 1 ? lead.bursts : bursts(times, gapMs);
  const count = b.starts.length;
  const days = new Set(b.starts.map(cal.day)).size;
  const weeks = new Set(b.starts.map(cal.week)).size;
  if (count < rules.minOccurrences || days < rules.minDays || weeks < rules.minWeeks) return null;
  const typical = typicalMinutes(b, rules);
  if (typical > rules.maxTypicalMinutes) return null;
  return {
    template: lead.template.template,
    templates: members.map((m) => m.template.template),
    visits: times.length,
    occurrences: count,
    days,
    weeks,
    typicalMinutes: typical,
    firstSeen: b.starts[0] ?? 0,
    lastSeen: times[times.length - 1] ?? 0,
    estimates: b.starts.map((at, k) => ({
      at,
      minutes: burstMinutes(at, b.ends[k] ?? at, rules.extraMinutes),
    })),
  };
}
