import { formatCountOf } from '../../../shared/count-words';
import { DISCOVERY, type Discovery } from '../../../shared/discovery';

/**
 * What a reading of the history found, in a sentence: how many visits it read, and when it found nothing,
 * why (no visits at all, or nothing that recurs as often as the rules ask) and what to do about it.
 */
export function readNote({ stats, window, candidates }: Discovery, rules = DISCOVERY): string {
  const weeks = formatCountOf(window.weeks, 'week', 'weeks');
  if (stats.read === 0) {
    return `No visits to web pages in the last ${weeks} of this browser’s history, so nothing to look for yet. Browse as usual and look again in a few days.`;
  }
  const read = `Read ${formatCountOf(stats.read, 'visit', 'visits')} of ${weeks}.`;
  if (candidates.length) return read;
  return (
    `${read} Nothing in them recurs as a chore does: a page needs ${rules.minOccurrences} visits on ` +
    `${rules.minDays} days in ${rules.minWeeks} different weeks.` +
    (window.weeks < DISCOVERY.maxWindowWeeks ? ' Reading more weeks may find some.' : '')
  );
}
