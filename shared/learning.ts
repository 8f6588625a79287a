/**
 * When a chore's weekly rate is worth a yearly figure. rankChores averages a chore's time over up to
 * SMOOTHING_WEEKS weeks, the current week counted by the share of it gone by, and never over less than
 * one week. Two things follow, and a chore is "still learning" until neither holds:
 *
 * - Tracked for less than LEARNING_DAYS (7, the one-week floor of that average), the average divides by
 *   the floor, not by the time the chore was watched: what was logged in its first hours reads as a
 *   whole week's rate. One 10-minute entry on day one made "13 h a year, up to 65 h pays off".
 * - With entries in only one week, all of them can come from one sitting: two entries one morning read
 *   as "twice a week". Entries in two different weeks cannot. Weeks, not days, because the ranking reads
 *   weekly rollups (the popup's, the sync server's), which know the week of an entry but not its day.
 *
 * A still-learning chore is ranked (its order is the best guess there is) but shows how much it is based
 * on instead of hours a year and a break-even budget, and is never "automate this first" while a chore
 * that is no longer learning can be.
 */

export const LEARNING_DAYS = 7;
export const LEARNING_WEEKS_WITH_ENTRIES = 2;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a still-learning chore's figures are based on: "2 entries over 1 day". */
export type Learning = { entries: number; days: number };

export type History = {
  /** When tracking began (the chore's creation; an import dates it back to its first entry). */
  createdAt: number;
  now: number;
  /** Entries in the weeks the ranking reads, up to the ranked week. */
  entries: number;
  /** How many of those weeks hold at least one entry. */
  weeksWithEntries: number;
};

/** Null once the chore has enough history for a yearly figure; else what its figures are based on. */
export function learningOf({ createdAt, now, entries, weeksWithEntries }: History): Learning | null {
  const tracked = now - createdAt;
  if (tracked >= LEARNING_DAYS * DAY_MS && weeksWithEntries >= LEARNING_WEEKS_WITH_ENTRIES) return null;
  return { entries, days: Math.max(1, Math.floor(tracked / DAY_MS)) };
}
