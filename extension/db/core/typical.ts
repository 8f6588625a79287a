import type { Chore } from '../../../shared/model';
import type { ChoreStatsRow } from './rows';

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/**
 * Whole minutes, as lib/format.ts shows durations, so a button never shows "3 min" and logs 2.5. Under
 * a minute a tenth is kept: rounding would make it 0 (not a duration) or double it.
 */
const asShown = (minutes: number) =>
  minutes < 1 ? Math.max(0.1, Math.round(minutes * 10) / 10) : Math.round(minutes);

/**
 * A chore's usual minutes, the one figure for "how long it takes once": what its button shows and logs,
 * what the "log it again" shortcut logs, and the "usually N min" of its card on the full page.
 *
 * It is the median of the chore's last entries (its recent list, RECENT_LIMIT = 20) together with the
 * minutes set on the chore (its first log's minutes, or what the user typed on its card), counted as
 * one more entry. The median lets no single odd entry pull it: a 1-minute entry after a 25-minute one
 * leaves it at 25 (it was 13, the mean of the two, when only the entries counted). The set minutes
 * weigh as much as one entry, so they decide while a chore has no history and fade as it grows.
 *
 * Entries under a minute are not left out here: a timer under a minute now asks before it logs
 * (idb/timer.ts), so what is stored was meant, and the recent list does not know an entry's source.
 * The ranking does not use this figure: its yearly cost and break-even count every minute logged (sums),
 * which is what makes "13 h a year, up to 65 h over 5 years" add up.
 */
export function usualMinutes(
  chore: Pick<Chore, 'defaultMinutes'>,
  stats: Pick<ChoreStatsRow, 'recent'> | undefined,
): number {
  const mid = median([chore.defaultMinutes, ...(stats?.recent.map((r) => r.minutes) ?? [])]);
  return asShown(mid ?? chore.defaultMinutes);
}
