import type { ShownWeek } from './explain';
import type { RankingSettings } from './model';
import { ANNOYANCE_WEIGHTS, SMOOTHING_WEEKS } from './ranking';
import { MAX_GROWTH_WEIGHT } from './trend';

/**
 * What the ranking's order is based on, in one line under the list: what it averages (worded for the
 * week shown), and what the weights really do.
 */
export function rankingBasis(settings: RankingSettings, shown: ShownWeek): string {
  const averaged =
    shown === 'this'
      ? `the last ${SMOOTHING_WEEKS - 1} weeks and this week so far`
      : `last week and the ${SMOOTHING_WEEKS - 1} before it`;
  const refocus =
    settings.contextSwitchMinutes > 0
      ? `, plus ${settings.contextSwitchMinutes} min of refocusing per entry`
      : '';
  const [low, , , , high] = ANNOYANCE_WEIGHTS;
  return (
    `Ordered by time a week (average of ${averaged})${refocus}, ` +
    `times annoyance (x${low} to x${high}) and, for a chore that grows with the service, its growth (up to x${MAX_GROWTH_WEIGHT}).`
  );
}
