import { describe, expect, it } from 'vitest';
import { median } from '../../../../extension/db/core/typical';
import { DAY, freshDb, WED } from '../../fixtures/db';
import { createChore, logOccurrence, typicalMinutes } from '../../fixtures/dexie-verbs';

describe('typical minutes', () => {
  it('is the median: middle value, or the mean of the two middle ones', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 10, 2])).toBe(3);
    expect(median([])).toBeUndefined();
  });

  it("falls back to the chore's default, then follows its last twenty occurrences only", async () => {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'Approve expense', defaultMinutes: 8 }, WED);
    expect(await typicalMinutes(db, chore.id)).toBe(8);
    // Ten long ones long ago, then twenty short ones: only the recent twenty count.
    for (let i = 0; i < 10; i++)
      await logOccurrence(db, { choreId: chore.id, minutes: 60, source: 'form' }, WED - (100 + i) * DAY);
    expect(await typicalMinutes(db, chore.id)).toBe(60);
    for (let i = 0; i < 20; i++)
      await logOccurrence(db, { choreId: chore.id, minutes: 2 + (i % 2), source: 'form' }, WED - i * DAY);
    expect(await typicalMinutes(db, chore.id)).toBe(2.5);
    expect(await typicalMinutes(db, 'missing-chore')).toBeUndefined();
  });
});
