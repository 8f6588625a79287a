import { expect, it } from 'vitest';
import { listOccurrences, weeklyMinutesByChore } from '../../../../extension/db/dexie/history';
import { deleteOccurrence } from '../../../../extension/db/dexie/occurrences';
import { DAY, freshDb, WED } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';

async function history() {
  const db = await freshDb();
  const { chore: a } = await createChore(db, { name: 'Alpha', defaultMinutes: 5 }, WED);
  const { chore: b } = await createChore(db, { name: 'Beta', defaultMinutes: 7 }, WED);
  const logs = [];
  for (let i = 0; i < 21; i++) {
    logs.push(
      await logOccurrence(
        db,
        { choreId: i % 3 === 0 ? b.id : a.id, minutes: 1 + i, source: 'click' },
        WED - i * DAY,
      ),
    );
  }
  return { db, a, b, logs };
}

it('lists history newest first, by chore, by week, in pages, without deleted entries unless asked', async () => {
  const { db, a, b, logs } = await history();
  await deleteOccurrence(db, logs[1]?.id ?? '', WED);
  const all = await listOccurrences(db);
  expect(all).toHaveLength(20);
  expect(all.map((o) => o.at)).toEqual([...all.map((o) => o.at)].sort((x, y) => y - x));
  expect(await listOccurrences(db, { includeDeleted: true })).toHaveLength(21);
  expect((await listOccurrences(db, { choreId: b.id })).every((o) => o.choreId === b.id)).toBe(true);
  // The Berlin week of Wednesday 12 November runs Monday 10th to Sunday 16th: the 10th, 11th and 12th.
  const week = await listOccurrences(db, { weekStart: WED });
  expect(week.map((o) => o.at)).toEqual([WED, WED - 2 * DAY]);
  const weekOfA = await listOccurrences(db, { weekStart: WED, choreId: a.id });
  expect(weekOfA.map((o) => o.at)).toEqual([WED - 2 * DAY]);
  const page2 = await listOccurrences(db, { limit: 5, offset: 5 });
  expect(page2.map((o) => o.id)).toEqual(all.slice(5, 10).map((o) => o.id));
});

it('gives each chore its minutes per week over the last weeks, oldest first', async () => {
  const { db, a, b } = await history();
  const { weeks, series } = await weeklyMinutesByChore(db, 4, WED);
  expect(weeks).toHaveLength(4);
  expect(weeks.at(-1)?.label).toBe('2025-11-10');
  const alpha = series.find((s) => s.choreId === a.id);
  const beta = series.find((s) => s.choreId === b.id);
  expect(alpha?.minutes.at(-1)).toBe(2 + 3);
  expect(beta?.minutes.at(-1)).toBe(1);
  expect(alpha?.occurrences.reduce((x, y) => x + y)).toBeGreaterThan(0);
});
