import type { Chore, Occurrence } from '../../../shared/model';
import { NO_TRAITS } from '../../../shared/model';

const DAY = 86_400_000;

/** mulberry32: the same history on every run. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BENCH_CHORES = 25;

export function benchChores(now: number): Chore[] {
  return Array.from({ length: BENCH_CHORES }, (_, i) => ({
    id: `bench-chore-${String(i).padStart(3, '0')}`,
    name: `Chore number ${i + 1}`,
    key: `chore number ${i + 1}`,
    traits: NO_TRAITS,
    annoyance: 1 + (i % 5),
    defaultMinutes: 5 + (i % 7) * 5,
    status: 'manual',
    private: false,
    archived: false,
    createdAt: now - 800 * DAY,
    updatedAt: now - 800 * DAY,
    deleted: false,
  }));
}

/**
 * Occurrences `from` to `to - 1` of a history spread over the two years before `now` (the newest are in
 * the current week, so the ranking has something to show at every size).
 */
export function benchOccurrences(from: number, to: number, now: number): Occurrence[] {
  const next = random(from + 1);
  const span = 730 * DAY;
  const out: Occurrence[] = [];
  for (let i = from; i < to; i++) {
    const at = Math.floor(now - 60_000 - next() * span);
    out.push({
      id: `bench-occ-${String(i).padStart(7, '0')}`,
      choreId: `bench-chore-${String(Math.floor(next() * BENCH_CHORES)).padStart(3, '0')}`,
      at,
      minutes: 1 + Math.floor(next() * 60),
      source: 'click',
      updatedAt: at,
      deleted: false,
    });
  }
  return out;
}
