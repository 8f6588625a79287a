import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newChore } from '../../shared/chores';
import type { Occurrence, RankingSettings } from '../../shared/model';
import { rankChores, rankWeek, type WeeklyTotal } from '../../shared/ranking';
import { WEEK_MS, weekStartOf } from '../../shared/weeks';
import { chore, NOW, occurrence, settings, WEEK_START } from './fixtures';

/** What a rollup keeps: per chore and week, the count and the minutes (the extension's and the server's). */
function rollUp(occurrences: readonly Occurrence[], s: RankingSettings): WeeklyTotal[] {
  const cells = new Map<string, WeeklyTotal>();
  for (const o of occurrences) {
    if (o.deleted) continue;
    const weekStart = weekStartOf(o.at, s.timeZone, s.weekStartsOn);
    const key = `${o.choreId}|${weekStart}`;
    const cell = cells.get(key) ?? { choreId: o.choreId, weekStart, occurrences: 0, minutes: 0 };
    cell.occurrences += 1;
    cell.minutes += o.minutes;
    cells.set(key, cell);
  }
  return [...cells.values()];
}

describe('rankWeek (ranking from weekly totals)', () => {
  it('ranks the same as rankChores over the occurrences the totals sum up', () => {
    const names = ['Restart flaky job', 'Rotate logs', 'Renew certs', 'Triage alerts'];
    fc.assert(
      fc.property(
        fc.constantFrom('Europe/Berlin', 'Australia/Sydney', 'America/New_York', 'UTC'),
        fc.integer({ min: 0, max: 6 }),
        fc.array(
          fc.record({
            chore: fc.nat(names.length - 1),
            ago: fc.integer({ min: 0, max: 11 * WEEK_MS }),
            minutes: fc.integer({ min: 1, max: 240 }),
            deleted: fc.boolean(),
          }),
          { maxLength: 80 },
        ),
        (timeZone, weekStartsOn, specs) => {
          const s = { ...settings, timeZone, weekStartsOn };
          const chores = names.map((name, i) =>
            newChore({ name, annoyance: 1 + i }, { id: `chore-${i}-xx`, now: NOW - 20 * WEEK_MS }),
          );
          const occurrences = specs.map((o, i) => ({
            id: `occ-${String(i).padStart(6, '0')}`,
            choreId: `chore-${o.chore}-xx`,
            at: NOW - o.ago,
            minutes: o.minutes,
            source: 'click' as const,
            updatedAt: NOW,
            deleted: o.deleted,
          }));
          const fromOccurrences = rankChores({ chores, occurrences, now: NOW, settings: s });
          const fromTotals = rankWeek({ chores, totals: rollUp(occurrences, s), now: NOW, settings: s });
          expect(fromTotals).toEqual(fromOccurrences);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ignores totals of unknown chores and of weeks outside the window', () => {
    const job = chore({ name: 'Restart flaky job' });
    const ten = [occurrence(job, WEEK_START + 3_600_000, 10)];
    const totals: WeeklyTotal[] = [
      { choreId: job.id, weekStart: WEEK_START, occurrences: 1, minutes: 10 },
      { choreId: 'gone-chore-id', weekStart: WEEK_START, occurrences: 50, minutes: 500 },
      { choreId: job.id, weekStart: WEEK_START - 40 * WEEK_MS, occurrences: 9, minutes: 900 },
    ];
    const ranking = rankWeek({ chores: [job], totals, now: NOW, settings });
    expect(ranking.chores.map((r) => r.choreId)).toEqual([job.id]);
    expect(ranking).toEqual(rankChores({ chores: [job], occurrences: ten, now: NOW, settings }));
  });
});
