import type { DiscoveryWindow } from './calendar';
import { pacer } from './pace';
import { type NotToilRules, notToil, type SetAsideReason } from './rules';
import { templateKey, urlTemplate } from './template';

/** One visit to a page, as the browser's history has it (a visit item's url and visitTime). */
export type Visit = { url: string; at: number };

/** A template that may be toil, with the times of its visits (ascending once sortTimes has run). */
export type Template = { host: string; template: string; times: number[] };

export type ReadStats = {
  /** Visits given, and those read: http(s) pages inside the window. */
  visits: number;
  read: number;
  /** Distinct templates read, and how many of them were set aside as not toil, by reason. */
  templates: number;
  setAside: Record<SetAsideReason, number>;
};

/** What a visit's template key maps to when it is not a template's index. */
const NOT_TOIL_PAGE = -1;
const NOT_READ = -2;

/**
 * Step 1 of discovery: each visit in the window to its template, the templates that are not toil by
 * their shape set aside. Each distinct template key (what precedes the query and fragment) is templated
 * once. Answers the templates with at least `minVisits` visits, each with its visits' times.
 *
 * Shaped for the garbage collector, so that the page's thread is never held long: most templates of a
 * history are pages seen once, and whatever lives through one young-generation collection is copied by
 * it. So the first pass keeps a template's index per visit in a typed array (outside the collected heap)
 * and a count per template; only the few templates visited often enough get their times, in a second pass.
 */
export function* readVisits(
  visits: readonly Visit[],
  window: DiscoveryWindow,
  rules: NotToilRules,
  stats: ReadStats,
  minVisits = 1,
): Generator<void, Template[]> {
  // Per template key (see templateKey) and per template: the template's index, or NOT_TOIL_PAGE or NOT_READ.
  const byKey = new Map<string, number>();
  const byTemplate = new Map<string, number>();
  const hosts: string[] = [];
  const names: string[] = [];
  const counts: number[] = [];
  const templateOf = new Int32Array(visits.length).fill(NOT_READ);
  const templateIndex = (key: string): number => {
    const t = urlTemplate(key);
    if (!t) return NOT_READ;
    const known = byTemplate.get(t.template);
    if (known !== undefined) return known;
    stats.templates++;
    const reason = notToil(t.host, t.path, rules);
    let index = NOT_TOIL_PAGE;
    if (reason) stats.setAside[reason]++;
    else {
      index = names.push(t.template) - 1;
      hosts.push(t.host);
      counts.push(0);
    }
    byTemplate.set(t.template, index);
    return index;
  };
  const pace = pacer();
  for (let i = 0; i < visits.length; i++) {
    if (pace(1)) yield;
    const visit = visits[i];
    // A history entry without a URL or a time (the browser's types allow both) is not read.
    if (typeof visit?.url !== 'string' || !(visit.at >= window.from && visit.at <= window.to)) continue;
    const key = templateKey(visit.url);
    let index = byKey.get(key);
    if (index === undefined) {
      index = templateIndex(key);
      byKey.set(key, index);
    }
    if (index === NOT_READ) continue;
    stats.read++;
    templateOf[i] = index;
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }

  const templates: Template[] = [];
  const timesOf: (number[] | undefined)[] = [];
  for (const [index, count] of counts.entries()) {
    if (count < minVisits) continue;
    const times: number[] = [];
    timesOf[index] = times;
    templates.push({ host: hosts[index] ?? '', template: names[index] ?? '', times });
  }
  // The second pass only reads the typed array for most visits.
  for (let i = 0; i < visits.length; i++) {
    if (pace(1 / 8)) yield;
    const index = templateOf[i] ?? NOT_READ;
    if (index >= 0) timesOf[index]?.push(visits[i]?.at ?? 0);
  }
  return templates;
}
