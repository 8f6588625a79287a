import type { ShownWeek } from './explain';
import type { RankingSettings } from './model';
import { ANNOYANCE_WEIGHTS, SMOOTHING_WEEKS } from './ranking';
import { MAX_GROWTH_WEIGHT } from './trend';

/**
 * What the ranking's order is based on: one line saying what it averages (worded for the week shown),
 * and one saying what the weights really do (the popup folds that one under the line).
 */
export function rankingBasis(
  settings: RankingSettings,
  shown: ShownWeek,
): { averages: string; weights: string } {
  const averaged =
    shown === 'this'
      ? `the last ${SMOOTHING_WEEKS - 1} weeks and this week so far`
      : `last week and the ${SMOOTHING_WEEKS - 1} before it`;
  const refocus =
    settings.contextSwitchMinutes > 0
      ? `Plus ${settings.contextSwitchMinutes} min of refocusing per entry, times`
      : 'Times';
  const [low, , , , high] = ANNOYANCE_WEIGHTS;
  return {
    averages: `Ordered by time a week: the average of ${averaged}.`,
    weights: `${refocus} annoyance (x${low} to x${high}) and, for a chore that grows with the service, its growth (up to x${MAX_GROWTH_WEIGHT}).`,
  };
}
