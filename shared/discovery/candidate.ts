import { DEFAULT_ANNOYANCE, NO_TRAITS } from '../chore-record';
import { formatCountOf } from '../count-words';
import { formatMinutes } from '../explain';
import {
  type Chore,
  MAX_NAME_LENGTH,
  type Occurrence,
  type RankingSettings,
  SitePatternSchema,
} from '../model';
import { type RankedChore, rankChores } from '../ranking';
import { choreKey } from '../text';
import { candidateId, templateId } from './ids';
import { pacer } from './pace';
import type { DiscoveryRules } from './rules';

/** One past occurrence found in the history, for "add past occurrences, marked as estimated". */
export type OccurrenceEstimate = { at: number; minutes: number };

/** Why a candidate qualified: its figures next to the thresholds they passed, and a sentence. */
export type Why = {
  occurrences: number;
  days: number;
  weeks: number;
  needs: { occurrences: number; days: number; weeks: number };
  windowWeeks: number;
  /** The other templates merged into this candidate, always visited together with its template. */
  together: string[];
  sentence: string;
};

export type Candidate = {
  /** Stable across runs (see ids.ts): remember dismissals by templateIds (see isDismissed). */
  id: string;
  templateIds: string[];
  host: string;
  /** The template visited most; `templates` holds it first, then the ones merged into it. */
  template: string;
  templates: string[];
  /** A chore name to start from: the template, cut to the longest name allowed. */
  name: string;
  /** The host as a chore's site pattern, or null for a host a site pattern cannot express. */
  sitePattern: string | null;
  /** A chore's site pattern already covers the host: show it as "already tracked", not as new. */
  tracked: boolean;
  visits: number;
  occurrences: number;
  days: number;
  weeks: number;
  /** Occurrences a week, as the ranking averages them (the last weeks since it was first seen). */
  perWeek: number;
  /** Median estimated minutes of an occurrence, to a tenth of a minute. */
  typicalMinutes: number;
  firstSeen: number;
  /** The last visit. */
  lastSeen: number;
  why: Why;
  /** Every occurrence found, oldest first: what accepting offers to add, marked as estimated. */
  estimates: OccurrenceEstimate[];
  /** Its figures in the pain ranking of logged chores: pain, hours a year, trend, break-even. */
  ranking: RankedChore;
};

/** A candidate before ranking: what the analysis found. */
export type Found = Omit<
  Candidate,
  'id' | 'templateIds' | 'name' | 'sitePattern' | 'perWeek' | 'why' | 'ranking'
>;

function why(found: Found, rules: DiscoveryRules, windowWeeks: number): Why {
  const needs = { occurrences: rules.minOccurrences, days: rules.minDays, weeks: rules.minWeeks };
  const together = found.templates.slice(1);
  const sentence =
    `Visited ${formatCountOf(found.occurrences, 'time', 'times')} on ${formatCountOf(found.days, 'day', 'days')}, ` +
    `in ${formatCountOf(found.weeks, 'different week', 'different weeks')}, ` +
    `over the last ${formatCountOf(windowWeeks, 'week', 'weeks')}: about ${formatMinutes(found.typicalMinutes)} ` +
    `each time. A candidate needs ${needs.occurrences} times on ${needs.days} days in ${needs.weeks} weeks.` +
    (together.length ? ` Counted with ${together.join(', ')}: always visited together.` : '');
  return {
    occurrences: found.occurrences,
    days: found.days,
    weeks: found.weeks,
    needs,
    windowWeeks,
    together,
    sentence,
  };
}

/**
 * The chore a candidate would become, as accepting it with its past occurrences makes it: tracked since
 * its first occurrence (as an import dates a chore back), default annoyance, its typical minutes.
 */
export function candidateChore(
  found: Pick<Found, 'template' | 'typicalMinutes' | 'firstSeen'>,
  id: string,
  now: number,
): Chore {
  const name =
    found.template.length > MAX_NAME_LENGTH
      ? `${found.template.slice(0, MAX_NAME_LENGTH - 1)}…`
      : found.template;
  return {
    id,
    name,
    key: choreKey(name),
    traits: NO_TRAITS,
    annoyance: DEFAULT_ANNOYANCE,
    defaultMinutes: found.typicalMinutes,
    status: 'manual',
    private: false,
    archived: false,
    createdAt: found.firstSeen,
    updatedAt: now,
    deleted: false,
  };
}

/** An occurrence built, and a candidate put into words, in units of work (pace.ts). */
const OCCURRENCE = 1 / 4;
const CANDIDATE = 8;

/**
 * Ranks what was found with the ranking of logged chores (rankChores), and puts it into words. A step of
 * discovery (see discoverSteps): it yields between its parts, and every few hundred occurrences.
 */
export function* rankFound(
  found: readonly Found[],
  ctx: { now: number; settings: RankingSettings; rules: DiscoveryRules; windowWeeks: number },
): Generator<void, Candidate[]> {
  const ids = found.map((f) => candidateId(f.templates));
  const chores = found.map((f, i) => candidateChore(f, ids[i] ?? '', ctx.now));
  yield;
  const pace = pacer();
  const occurrences: Occurrence[] = [];
  for (const [i, f] of found.entries()) {
    const choreId = ids[i] ?? '';
    for (const [k, e] of f.estimates.entries()) {
      occurrences.push({
        id: `${choreId}-${k}`,
        choreId,
        at: e.at,
        minutes: e.minutes,
        source: 'discovered',
        updatedAt: ctx.now,
        deleted: false,
      });
    }
    if (pace(f.estimates.length * OCCURRENCE)) yield;
  }
  yield;
  const ranked = new Map(
    rankChores({ chores, occurrences, now: ctx.now, settings: ctx.settings }).chores.map((r) => [
      r.choreId,
      r,
    ]),
  );
  const candidates: Candidate[] = [];
  for (const [i, f] of found.entries()) {
    if (pace(CANDIDATE)) yield;
    const ranking = ranked.get(ids[i] ?? '');
    const chore = chores[i];
    if (!ranking || !chore) continue;
    candidates.push({
      ...f,
      id: ids[i] ?? '',
      templateIds: f.templates.map(templateId),
      name: chore.name,
      sitePattern: SitePatternSchema.safeParse(f.host).success ? f.host : null,
      perWeek: ranking.occurrencesPerWeek,
      why: why(f, ctx.rules, ctx.windowWeeks),
      ranking,
    });
  }
  // New candidates first, most painful first; the already tracked after them.
  return candidates.sort(
    (a, b) =>
      Number(a.tracked) - Number(b.tracked) ||
      b.ranking.pain - a.ranking.pain ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Whether the user dismissed a candidate: the full page stores the templateIds of what it dismisses. */
export function isDismissed(
  candidate: Pick<Candidate, 'templateIds'>,
  dismissed: ReadonlySet<string>,
): boolean {
  return candidate.templateIds.some((id) => dismissed.has(id));
}
