import { liveQuery } from 'dexie';
import { expect, it } from 'vitest';
import { onChange } from '../../../../extension/db/idb/changes';
import { foldNow, logClick } from '../../../../extension/db/idb/quick';
import { freshDb, rawOf } from '../../fixtures/db';
import { createChore } from '../../fixtures/dexie-verbs';

it("a raw write (the popup's click) reaches Dexie's live queries and the popup's listener", async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Restart CI', defaultMinutes: 6 });
  const seen: number[] = [];
  let heard = 0;
  const stop = onChange(() => {
    heard += 1;
  });
  const subscription = liveQuery(() => db.occurrences.count()).subscribe((n) => seen.push(n));
  try {
    await expect.poll(() => seen).toEqual([0]);
    const idb = await rawOf(db);
    await logClick(idb, { choreId: chore.id, minutes: 6, source: 'click' });
    await expect.poll(() => seen.at(-1)).toBe(1);
    await expect.poll(() => heard).toBeGreaterThan(0);
    await foldNow(idb);
  } finally {
    subscription.unsubscribe();
    stop();
  }
});
