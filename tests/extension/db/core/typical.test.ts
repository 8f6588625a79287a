import { describe, expect, it } from 'vitest';
import { median, usualMinutes } from '../../../../extension/db/core/typical';
import { DAY, freshDb, WED } from '../../fixtures/db';
import { createChore, logOccurrence, usualMinutesOf } from '../../fixtures/dexie-verbs';

/** A chore's recent list, newest first, as choreStats keeps it. */
const recent = (...minutes: number[]) => ({
  recent: minutes.map((m, i) => ({ id: `occ-${i}`, at: WED - i * DAY, minutes: m })),
});

describe('usual minutes', () => {
  it('is the median: middle value, or the mean of the two middle ones', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 10, 2])).toBe(3);
    expect(median([])).toBeUndefined();
  });

  it('is not pulled from 25 to 13 by one accidental 1-minute entry', () => {
    expect(usualMinutes({ defaultMinutes: 25 }, recent(25))).toBe(25);
    expect(usualMinutes({ defaultMinutes: 25 }, recent(1, 25))).toBe(25);
  });

  it('counts the set minutes as one entry: they decide alone, and fade as entries come', () => {
    expect(usualMinutes({ defaultMinutes: 12 }, undefined)).toBe(12);
    expect(usualMinutes({ defaultMinutes: 12 }, recent())).toBe(12);
    expect(usualMinutes({ defaultMinutes: 12 }, recent(30, 30))).toBe(30);
    // Twenty entries of 4 outvote the set 12 entirely.
    expect(usualMinutes({ defaultMinutes: 12 }, recent(...Array<number>(20).fill(4)))).toBe(4);
  });

  it('is in whole minutes, as durations are shown, so the button shows what it logs', () => {
    expect(usualMinutes({ defaultMinutes: 3 }, recent(2, 3, 2, 3))).toBe(3);
    expect(usualMinutes({ defaultMinutes: 25 }, recent(26))).toBe(26);
    expect(usualMinutes({ defaultMinutes: 4 }, recent(5, 4.5))).toBe(5);
    // Under a minute a tenth is kept: never 0, never doubled to 1.
    expect(usualMinutes({ defaultMinutes: 0.5 }, recent(0.5, 0.4))).toBe(0.5);
    expect(usualMinutes({ defaultMinutes: 0.1 }, recent(0.01, 0.02))).toBe(0.1);
  });

  it('follows the last twenty entries only, as stored by the writes', async () => {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'Approve expense', defaultMinutes: 8 }, WED);
    expect(await usualMinutesOf(db, chore.id)).toBe(8);
    // Ten long ones long ago, then twenty short ones: only the recent twenty (and the set 8) count.
    for (let i = 0; i < 10; i++)
      await logOccurrence(db, { choreId: chore.id, minutes: 60, source: 'form' }, WED - (100 + i) * DAY);
    expect(await usualMinutesOf(db, chore.id)).toBe(60);
    for (let i = 0; i < 20; i++)
      await logOccurrence(db, { choreId: chore.id, minutes: 2 + (i % 2), source: 'form' }, WED - i * DAY);
    expect(await usualMinutesOf(db, chore.id)).toBe(3);
    expect(await usualMinutesOf(db, 'missing-chore')).toBeUndefined();
  });
});
