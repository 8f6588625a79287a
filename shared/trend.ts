/**
 * Is a chore growing? The trend is the Theil-Sen slope of its weekly time: the median of the slopes between
 * every pair of weeks. Unlike a least-squares line, one bad week (an incident, a release) does not make a
 * chore look like it keeps growing; several weeks have to agree.
 */

/** Fewer complete weeks than this say nothing about a trend. */
export const MIN_TREND_WEEKS = 4;
/** Growth worth flagging: over the weeks measured, the slope adds at least this share of the average week. */
export const GROWTH_THRESHOLD = 0.25;

export type Trend = {
  /** Time spent (context switches included) in each complete week measured, oldest first. */
  weeklyMinutes: number[];
  /** Typical change from one week to the next, in minutes. */
  slopeMinutesPerWeek: number;
  /** The chore keeps growing: a positive slope that adds up to a quarter of an average week or more. */
  growing: boolean;
};

// Pairwise slopes of at most a few dozen weeks, sorted as numbers in place: ranking computes a trend for
// every chore each time, so this avoids allocating per pair.
let scratch = new Float64Array(64);

export function trendOf(weeklyMinutes: number[]): Trend {
  const n = weeklyMinutes.length;
  const pairs = (n * (n - 1)) / 2;
  if (scratch.length < pairs) scratch = new Float64Array(pairs);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++)
      scratch[k++] = ((weeklyMinutes[j] ?? 0) - (weeklyMinutes[i] ?? 0)) / (j - i);
  }
  const slopes = scratch.subarray(0, pairs).sort();
  const mid = pairs >> 1;
  const slope =
    pairs === 0 ? 0 : pairs % 2 ? (slopes[mid] ?? 0) : ((slopes[mid - 1] ?? 0) + (slopes[mid] ?? 0)) / 2;
  let sum = 0;
  for (const m of weeklyMinutes) sum += m;
  const mean = n ? sum / n : 0;
  const growing = n >= MIN_TREND_WEEKS && slope > 0 && slope * (n - 1) >= GROWTH_THRESHOLD * mean;
  return { weeklyMinutes, slopeMinutesPerWeek: slope, growing };
}

/**
 * A chore marked as growing with the service (O(n), the sixth trait of toil) will cost more each week it
 * is left alone; one not marked may have grown for a while (a migration, a bad month) and settle. So the
 * measured growth weighs in the ranking only for a chore marked O(n), and only once the trend says it is
 * growing: its cost is taken as far ahead as the slope was measured (TREND_WEEKS, 8 weeks) at that
 * slope, and never more than doubled. A growing chore grew by at least a quarter over those weeks
 * (GROWTH_THRESHOLD), so the weight runs from about x1.3 to x2.
 */
export const GROWTH_LOOKAHEAD_WEEKS = 8;
export const MAX_GROWTH_WEIGHT = 2;

export function growthWeight(trend: Trend, minutesPerWeek: number, scalesLinearly: boolean): number {
  if (!scalesLinearly || !trend.growing || minutesPerWeek <= 0) return 1;
  const ahead = (trend.slopeMinutesPerWeek * GROWTH_LOOKAHEAD_WEEKS) / minutesPerWeek;
  return Math.min(MAX_GROWTH_WEIGHT, 1 + ahead);
}
