import type { Chore } from '../../../shared/model';
import type { ToilDb } from '../dexie/schema';
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

export async function typicalMinutes(db: ToilDb, choreId: string): Promise<number | undefined> {
  const [chore, stats] = await Promise.all([db.chores.get(choreId), db.choreStats.get(choreId)]);
  return chore ? typicalFrom(chore, stats) : undefined;
}
