/**
 * Counts in words: 1 visit, 1,234 visits. A module of its own, not explain.ts: the popup loads explain.ts,
 * and only the full page counts like this; what a popup module exports goes into the popup's chunk.
 */

/** 1,234: a count as a user reads it, grouped by thousands. */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

/** 1 visit, 1,234 visits: a count and what it counts. */
export function formatCountOf(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
