import { newChore } from '../../shared/chores';
import type { Chore, Occurrence, RankingSettings } from '../../shared/model';

/** Test data, built through the same verbs the product uses. */

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export const settings: RankingSettings = {
  timeZone: 'Europe/Berlin',
  weekStartsOn: 1,
  contextSwitchMinutes: 5,
  horizonYears: 5,
};

/** Wednesday 25 November 2026, 12:00 in Berlin: the middle of the week of Monday 23 November. */
export const NOW = Date.UTC(2026, 10, 25, 11);
/** Monday 23 November 2026, 00:00 in Berlin. */
export const WEEK_START = Date.UTC(2026, 10, 22, 23);

let counter = 0;
export const id = (prefix: string) => `${prefix}-${String(++counter).padStart(6, '0')}`;

export function chore(fields: Partial<Chore> & { name?: string } = {}): Chore {
  const base = newChore(
    { name: fields.name ?? `chore ${counter + 1}` },
    { id: fields.id ?? id('chore'), now: NOW - 365 * DAY },
  );
  return { ...base, ...fields, key: base.key };
}

export function occurrence(
  of: Chore,
  at: number,
  minutes = 10,
  fields: Partial<Occurrence> = {},
): Occurrence {
  return {
    id: id('occ'),
    choreId: of.id,
    at,
    minutes,
    source: 'click',
    updatedAt: at,
    deleted: false,
    ...fields,
  };
}

/** `count` occurrences of `minutes` each in the week starting `weekStart`, spread over its first days. */
export function week(of: Chore, weekStart: number, count: number, minutes = 10): Occurrence[] {
  return Array.from({ length: count }, (_, i) =>
    occurrence(of, weekStart + HOUR * 9 + (i % 3) * DAY + i * 60_000, minutes),
  );
}
