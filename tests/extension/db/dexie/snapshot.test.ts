import type { DBCore, DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { archiveChore, updateChore } from '../../../../extension/db/dexie/chores';
import type { ToilDb } from '../../../../extension/db/dexie/schema';
import { popupSnapshot } from '../../../../extension/db/dexie/snapshot';
import { startTimer } from '../../../../extension/db/idb/timer';
import { DAY, freshDb, HOUR, rawOf, WED } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';

/** Records every table a query or read touches, through Dexie's own middleware layer. */
async function recordReads(db: ToilDb): Promise<Set<string>> {
  const touched = new Set<string>();
  // Middleware is wired when the database opens.
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'read-recorder',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        const note = <T>(result: T): T => {
          touched.add(name);
          return result;
        };
        return {
          ...table,
          get: (req) => note(table.get(req)),
          getMany: (req) => note(table.getMany(req)),
          query: (req) => note(table.query(req)),
          openCursor: (req) => note(table.openCursor(req)),
          count: (req) => note(table.count(req)),
        };
      },
    }),
  });
  await db.open();
  return touched;
}

async function seeded() {
  const db = await freshDb();
  const make = async (name: string, minutes: number) =>
    (await createChore(db, { name, defaultMinutes: minutes }, WED)).chore;
  const deploy = await make('Manual deploy', 30);
  const triage = await make('Triage alerts', 5);
  const review = await make('Review access requests', 10);
  const old = await make('Renew certificates', 15);
  for (let i = 0; i < 6; i++)
    await logOccurrence(db, { choreId: triage.id, source: 'click' }, WED - i * HOUR);
  await logOccurrence(db, { choreId: deploy.id, minutes: 45, source: 'click' }, WED - DAY);
  await logOccurrence(db, { choreId: deploy.id, minutes: 50, source: 'click' }, WED - 2 * DAY);
  for (let i = 0; i < 8; i++)
    await logOccurrence(db, { choreId: old.id, source: 'click' }, WED - (70 + i) * DAY);
  return { db, deploy, triage, review, old };
}

describe('popupSnapshot', () => {
  it('orders chores recent and frequent first, never-used last, and hides archived ones', async () => {
    const { db, deploy, triage, review, old } = await seeded();
    const { chore: gone } = await createChore(db, { name: 'Archived chore', defaultMinutes: 3 }, WED);
    await archiveChore(db, gone.id, true, WED);
    const snap = await popupSnapshot(db, WED + HOUR);
    expect(snap.chores.map((b) => b.chore.id)).toEqual([triage.id, deploy.id, old.id, review.id]);
    // The median of its set 30 minutes and its entries of 45 and 50 (core/typical.ts).
    expect(snap.chores.find((b) => b.chore.id === deploy.id)?.usualMinutes).toBe(45);
    expect(snap.chores.find((b) => b.chore.id === review.id)).toMatchObject({
      usualMinutes: 10,
      lastAt: null,
    });
  });

  it('puts a chore whose site pattern matches the active tab first', async () => {
    const { db, review } = await seeded();
    await updateChore(db, review.id, { sitePattern: '*.example.org' }, WED);
    const snap = await popupSnapshot(db, WED + HOUR, 'admin.example.org');
    expect(snap.chores[0]).toMatchObject({ chore: { id: review.id }, siteMatch: true });
    const elsewhere = await popupSnapshot(db, WED + HOUR, 'github.com');
    expect(elsewhere.chores[0]?.chore.id).not.toBe(review.id);
  });

  it("gives today's and this week's totals and ranks this week and last week", async () => {
    const { db, deploy, triage } = await seeded();
    const snap = await popupSnapshot(db, WED + HOUR);
    expect(snap.todayOccurrences).toBe(6);
    expect(snap.todayMinutes).toBe(30);
    expect(snap.weekOccurrences).toBe(8);
    expect(snap.weekMinutes).toBe(125);
    expect(snap.thisWeek.chores.map((c) => c.choreId).slice(0, 2)).toContain(deploy.id);
    expect(snap.thisWeek.chores.map((c) => c.choreId)).toContain(triage.id);
    expect(snap.lastWeek.week.end).toBe(snap.thisWeek.week.start);
  });

  it('reports a running timer', async () => {
    const { db, deploy } = await seeded();
    await startTimer(await rawOf(db), deploy.id, WED);
    expect((await popupSnapshot(db, WED + HOUR)).timer).toEqual({ choreId: deploy.id, startedAt: WED });
  });

  it('reads the rollups, never the occurrence history', async () => {
    const { db } = await seeded();
    const touched = await recordReads(db);
    await popupSnapshot(db, WED + HOUR);
    expect(touched.has('weekly')).toBe(true);
    expect(touched.has('occurrences')).toBe(false);
  });
});
