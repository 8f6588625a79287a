import type { Chore } from '../../../shared/model';
import type { ChoreStatsRow } from './rows';

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** The chore's typical duration: the median of its recent occurrences, else its default minutes. */
export function typicalFrom(chore: Pick<Chore, 'defaultMinutes'>, stats: ChoreStatsRow | undefined): number {
  const mid = median(stats?.recent.map((r) => r.minutes) ?? []);
  return mid === undefined ? chore.defaultMinutes : Math.round(mid * 10) / 10;
}
