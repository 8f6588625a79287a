import type { Chore, RankingSettings } from '../../../shared/model';
import { measureSavingsFromTotals, SAVINGS_WEEKS, type Savings } from '../../../shared/savings';
import type { WeeklyRow } from './rows';

/**
 * The automated chores' own group: what each saves, measured from the weekly rollups (shared/savings.ts),
 * and the hours saved by automation in all. Automated chores leave the ranked list for it.
 */

export type AutomatedChore = { chore: Chore; savings: Savings };
export type AutomatedGroup = { chores: AutomatedChore[]; savedHoursSoFar: number };

const DAY = 86_400_000;

/**
 * The span of weekly rows an automated chore's savings read beyond the snapshot's recent weeks: the
 * SAVINGS_WEEKS weeks before its go-live week and that week, with a day's slack for any time zone.
 * Bounded: at most SAVINGS_WEEKS + 2 rows per automated chore.
 */
export function savingsSpan(chore: Chore): [number, number] | null {
  if (chore.status !== 'automated' || chore.automatedAt === undefined) return null;
  return [chore.automatedAt - (SAVINGS_WEEKS + 1) * 7 * DAY - DAY, chore.automatedAt + 8 * DAY];
}

/** The group from the live chores, the snapshot's weekly rows and the rows read for savingsSpan. */
export function automatedGroup(
  chores: readonly Chore[],
  weekly: readonly WeeklyRow[],
  around: readonly WeeklyRow[],
  now: number,
  settings: RankingSettings,
): AutomatedGroup {
  const automated = chores.filter((c) => c.status === 'automated');
  if (automated.length === 0) return { chores: [], savedHoursSoFar: 0 };
  const ids = new Set(automated.map((c) => c.id));
  const rows = new Map<string, WeeklyRow>();
  // The snapshot's own rows come last: they hold the entries not yet folded into the rollups.
  for (const r of [...around, ...weekly]) if (ids.has(r.choreId)) rows.set(`${r.choreId} ${r.weekStart}`, r);
  const totals = [...rows.values()];
  const group = automated.flatMap((chore) => {
    const savings = measureSavingsFromTotals(chore, totals, now, settings);
    return savings ? [{ chore, savings }] : [];
  });
  group.sort(
    (a, b) =>
      (b.savings.savedHoursSoFar ?? -1) - (a.savings.savedHoursSoFar ?? -1) ||
      a.chore.key.localeCompare(b.chore.key),
  );
  const savedHoursSoFar = group.reduce((sum, g) => sum + (g.savings.savedHoursSoFar ?? 0), 0);
  return { chores: group, savedHoursSoFar };
}
