import { recommendationSentence } from './explain';
import type { RankingSettings } from './model';
import type { RankedChore, Ranking, Recommendation } from './ranking';

/**
 * "Automate this first": which chore, and when to change it. The SRE book's traits decide who may be
 * picked (a chore not marked automatable is toil, ranked as such, but never the pick); the learning
 * threshold decides how sure the pick is (learning.ts); and a pick, once shown, holds until another
 * chore leads it clearly, so that it does not flip with every entry logged.
 */

/**
 * How far a challenger must lead the current pick to replace it: 25% more pain. A chore done twice a
 * week has 8 entries in the SMOOTHING_WEEKS average, so one entry moves its pain by about 1/8 (12.5%):
 * a 25% lead takes two entries' worth, and one log (or one entry leaving the 4 weeks) never flips it.
 */
export const PICK_MARGIN = 0.25;

/** May this chore be "automate this first"? Not automated, marked automatable, and worth automating. */
export function canBePicked(c: RankedChore): boolean {
  return c.status !== 'automated' && c.traits.automatable && c.pain > 0 && c.breakEvenHours > 0;
}

function recommend(c: RankedChore, settings: RankingSettings): Recommendation {
  return {
    choreId: c.choreId,
    sentence: recommendationSentence(c, settings),
    learning: c.learning !== null,
  };
}

/**
 * The most painful chore that can be picked and is no longer learning; while every one is still
 * learning, the most painful of those, flagged as learning (it leads so far, nothing more).
 */
export function pickOf(ranked: readonly RankedChore[], settings: RankingSettings): Recommendation | null {
  let learning: RankedChore | undefined;
  for (const c of ranked) {
    if (!canBePicked(c)) continue;
    if (c.learning === null) return recommend(c, settings);
    learning ??= c;
  }
  return learning ? recommend(learning, settings) : null;
}

/**
 * The ranking's pick, given the pick shown before (stored by the extension between openings): the
 * previous pick stays while it can still be picked, is as settled as the leader, and the leader's pain is
 * less than PICK_MARGIN above its own. A previous pick that was automated, unmarked automatable,
 * archived or deleted (no longer ranked) is replaced at once, as is a learning one by a settled leader.
 */
export function holdPick(
  ranking: Ranking,
  previousId: string | null | undefined,
  settings: RankingSettings,
): Ranking {
  const leader = ranking.recommendation;
  if (!leader || !previousId || leader.choreId === previousId) return ranking;
  const previous = ranking.chores.find((c) => c.choreId === previousId);
  const leading = ranking.chores.find((c) => c.choreId === leader.choreId);
  if (!previous || !leading || !canBePicked(previous)) return ranking;
  if ((previous.learning !== null) !== leader.learning) return ranking;
  if (leading.pain >= previous.pain * (1 + PICK_MARGIN)) return ranking;
  return { ...ranking, recommendation: recommend(previous, settings) };
}

/**
 * The most painful chore ranked above the pick (or at all, without one) that only its traits keep from
 * being picked: not marked automatable. The user is asked whether a script could do it.
 */
export function unmarkedAbovePick(ranking: Ranking): RankedChore | null {
  for (const c of ranking.chores) {
    if (c.choreId === ranking.recommendation?.choreId) return null;
    if (c.status !== 'automated' && !c.traits.automatable && c.pain > 0) return c;
  }
  return null;
}
