import { MAX_MINUTES } from '../text';

/**
 * Bursts: visits to one template less than the gap apart are one occurrence of a chore. Its estimated
 * length is the span from its first visit to its last, plus a minute (a lone visit still took a moment),
 * in whole seconds, at most a day (the longest occurrence the model allows).
 */

export type Bursts = { starts: number[]; ends: number[] };

/** The bursts of ascending visit times. */
export function bursts(times: readonly number[], gapMs: number): Bursts {
  const starts: number[] = [];
  const ends: number[] = [];
  const first = times[0];
  if (first === undefined) return { starts, ends };
  let start = first;
  let end = first;
  for (let i = 1; i < times.length; i++) {
    const at: number = times[i] ?? end;
    if (at - end < gapMs) {
      end = at;
      continue;
    }
    starts.push(start);
    ends.push(end);
    start = at;
    end = at;
  }
  starts.push(start);
  ends.push(end);
  return { starts, ends };
}

export function burstMinutes(start: number, end: number, extraMinutes: number): number {
  return Math.min(MAX_MINUTES, Math.round((end - start) / 1000) / 60 + extraMinutes);
}

/** Sorts visit times in place, unless they already are (as the browser's history gives them). */
export function sortTimes(times: number[]): number[] {
  for (let i = 1; i < times.length; i++) {
    if ((times[i] ?? 0) < (times[i - 1] ?? 0)) return times.sort((a, b) => a - b);
  }
  return times;
}

/** Ascending lists merged into one ascending list. */
export function mergeSorted(lists: readonly (readonly number[])[]): number[] {
  return lists.flat().sort((a, b) => a - b);
}

/** The median of numbers, as the extension's typical minutes are: the middle one, or the mean of two. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}
