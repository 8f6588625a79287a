import type { RankedChore } from './ranking';

/**
 * Which weights to show on a ranked row. Rows show the time a week a chore takes (its 4-week average),
 * but are ordered by pain: that time plus refocusing, weighted by annoyance and growth. A weight is shown
 * where it changes the order: on a row that sits above one with more time a week (what lifted it), or
 * below one with less (what held it down). Elsewhere the time a week alone explains the order.
 */

export type OrderNotes = {
  /** More entries, so more refocusing after each: "+5 min refocus each". */
  refocus: boolean;
  /** An annoyance weight other than x1 that put it on this side of its neighbour: "x1.5 annoyance". */
  annoyance: boolean;
  /** Weighed for growing with the service: "x1.4 growing". */
  growth: boolean;
};

const NONE: OrderNotes = { refocus: false, annoyance: false, growth: false };

/** For each chore (by id), the weights its row should show; rows in ranked order. */
export function orderNotes(rows: readonly RankedChore[]): Map<string, OrderNotes> {
  const notes = new Map<string, OrderNotes>(rows.map((r) => [r.choreId, { ...NONE }]));
  const mark = (above: RankedChore, below: RankedChore) => {
    const up = notes.get(above.choreId) ?? { ...NONE };
    const down = notes.get(below.choreId) ?? { ...NONE };
    if (above.switchMinutesPerWeek > below.switchMinutesPerWeek) up.refocus = true;
    if (above.annoyanceWeight > below.annoyanceWeight) {
      if (above.annoyanceWeight !== 1) up.annoyance = true;
      if (below.annoyanceWeight !== 1) down.annoyance = true;
    }
    if (above.growthWeight > below.growthWeight) up.growth = true;
  };
  // Each row against the row below it with the most time a week, and the row above it with the least:
  // the sharpest inversion on each side, found in two passes.
  let most: RankedChore | undefined;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i] as RankedChore;
    if (most && most.minutesPerWeek > row.minutesPerWeek) mark(row, most);
    if (!most || row.minutesPerWeek > most.minutesPerWeek) most = row;
  }
  let least: RankedChore | undefined;
  for (const row of rows) {
    if (least && least.minutesPerWeek < row.minutesPerWeek) mark(least, row);
    if (!least || row.minutesPerWeek < least.minutesPerWeek) least = row;
  }
  return notes;
}
