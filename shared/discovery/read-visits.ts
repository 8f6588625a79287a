import type { DiscoveryWindow } from './calendar';
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

/** Work units between two chances to yield. */
export const CHUNK = 128;

/**
 * Step 1 of discovery: each visit in the window to its template, the templates that are not toil by
 * their shape set aside. Each distinct template key (what precedes the query and fragment) is templated
 * once. Yields every CHUNK visits.
 */
export function* readVisits(
  visits: readonly Visit[],
  window: DiscoveryWindow,
  rules: NotToilRules,
  stats: ReadStats,
): Generator<void, Template[]> {
  // Per template key (see templateKey) and per template: the index in `templates`, -1 for not toil, -2
  // for not a page discovery reads.
  const byKey = new Map<string, number>();
  const byTemplate = new Map<string, number>();
  const templates: Template[] = [];
  const templateIndex = (key: string): number => {
    const t = urlTemplate(key);
    if (!t) return -2;
    const known = byTemplate.get(t.template);
    if (known !== undefined) return known;
    stats.templates++;
    const reason = notToil(t.host, t.path, rules);
    if (reason) stats.setAside[reason]++;
    else templates.push({ host: t.host, template: t.template, times: [] });
    const index = reason ? -1 : templates.length - 1;
    byTemplate.set(t.template, index);
    return index;
  };
  for (let i = 0; i < visits.length; i++) {
    if (i % CHUNK === CHUNK - 1) yield;
    const visit = visits[i];
    // A history entry without a URL or a time (the browser's types allow both) is not read.
    if (typeof visit?.url !== 'string' || !(visit.at >= window.from && visit.at <= window.to)) continue;
    const key = templateKey(visit.url);
    let index = byKey.get(key);
    if (index === undefined) {
      index = templateIndex(key);
      byKey.set(key, index);
    }
    if (index === -2) continue;
    stats.read++;
    if (index >= 0) templates[index]?.times.push(visit.at);
  }
  return templates;
}
