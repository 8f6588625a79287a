import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { archiveChore } from '../../../../extension/db/dexie/chores';
import { deleteOccurrence, updateOccurrence } from '../../../../extension/db/dexie/occurrences';
import { popupSnapshot } from '../../../../extension/db/dexie/snapshot';
import { adjustMinutes, foldNow, logClick, logNewChore, undoLog } from '../../../../extension/db/idb/quick';
import { readSnapshot } from '../../../../extension/db/idb/snapshot';
import { finishTimer, startTimer, stopTimer } from '../../../../extension/db/idb/timer';
import { DAY, dump, expectRollupsMatchHistory, freshDb, HOUR, rawOf, WED } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';

async function withChore(minutes = 6) {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Restart flaky job', defaultMinutes: minutes }, WED - DAY);
  return { db, chore, idb: await rawOf(db) };
}

describe("the popup's raw writes", () => {
  it('one click stores the occurrence, its outbox row and a pending row, and touches no rollup', async () => {
    const { db, chore, idb } = await withChore();
    const before = await dump(db);
    const occ = await logClick(idb, { choreId: chore.id, minutes: 6, source: 'click' }, WED);
    expect(await db.occurrences.get(occ.id)).toEqual(occ);
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({ table: 'occurrences', id: occ.id, op: 'put' });
    expect(await db.pending.toArray()).toEqual([
      expect.objectContaining({ id: occ.id, minutes: 6, at: WED }),
    ]);
    const after = await dump(db);
    expect([after.weekly, after.daily, after.choreStats]).toEqual([
      before.weekly,
      before.daily,
      before.choreStats,
    ]);

    // Readers add the pending row in: the popup and the full page show it at once.
    for (const snapshot of [await readSnapshot(idb, WED + HOUR), await popupSnapshot(db, WED + HOUR)]) {
      expect(snapshot.todayMinutes).toBe(6);
      expect(snapshot.thisWeek.chores[0]?.thisWeek.minutes).toBe(6);
      expect(snapshot.chores[0]?.lastAt).toBe(WED);
    }

    expect(await foldNow(idb)).toBe(1);
    expect(await db.pending.count()).toBe(0);
    await expectRollupsMatchHistory(db);
    expect((await readSnapshot(idb, WED + HOUR)).todayMinutes).toBe(6);
  });

  it('refuses bad minutes and a chore deleted meanwhile, storing nothing', async () => {
    const { db, chore, idb } = await withChore();
    const before = await dump(db);
    for (const minutes of [0, -3, 1441, Number.NaN]) {
      await expect(logClick(idb, { choreId: chore.id, minutes, source: 'click' }, WED)).rejects.toThrow(
        /minutes must/,
      );
    }
    await expect(
      logClick(idb, { choreId: 'no-such-chore', minutes: 5, source: 'click' }, WED),
    ).rejects.toThrow('That chore no longer exists.');
    expect(await dump(db)).toEqual(before);
    expect(await db.pending.count()).toBe(0);
  });

  it('undo and adjust fold pending rows first and keep every rollup right', async () => {
    const { db, chore, idb } = await withChore();
    const a = await logClick(idb, { choreId: chore.id, minutes: 6, source: 'click' }, WED);
    const b = await logClick(idb, { choreId: chore.id, minutes: 6, source: 'click' }, WED + HOUR);
    await adjustMinutes(idb, b.id, 12, WED + 2 * HOUR);
    expect(await db.pending.count()).toBe(0);
    await expectRollupsMatchHistory(db);
    await undoLog(idb, a.id, WED + 3 * HOUR);
    await undoLog(idb, a.id, WED + 4 * HOUR);
    expect((await db.occurrences.get(a.id))?.deleted).toBe(true);
    expect((await db.outbox.toArray()).filter((r) => r.id === a.id).map((r) => r.op)).toEqual([
      'put',
      'delete',
    ]);
    await expectRollupsMatchHistory(db);
    await expect(adjustMinutes(idb, a.id, 3)).rejects.toThrow('That entry was undone');
    await expect(adjustMinutes(idb, b.id, 0)).rejects.toThrow('minutes must be more than 0');
    expect((await db.occurrences.get(b.id))?.minutes).toBe(12);
  });

  it('a Dexie write after an unfolded click folds it first', async () => {
    const { db, chore, idb } = await withChore();
    const occ = await logClick(idb, { choreId: chore.id, minutes: 6, source: 'click' }, WED);
    await deleteOccurrence(db, occ.id, WED + HOUR);
    expect(await db.pending.count()).toBe(0);
    await expectRollupsMatchHistory(db);
  });

  it('the new-chore line reuses the live chore of the same name, archived ones included', async () => {
    const { db, chore, idb } = await withChore();
    const same = await logNewChore(idb, { name: '  restart FLAKY   job ', minutes: 9, source: 'form' }, WED);
    expect(same).toMatchObject({ existed: true, chore: { id: chore.id } });
    await archiveChore(db, chore.id, true);
    expect(
      (await logNewChore(idb, { name: 'Restart flaky job', minutes: 9, source: 'form' }, WED)).existed,
    ).toBe(true);
    const fresh = await logNewChore(idb, { name: ' Rotate TLS cert ', minutes: 30, source: 'form' }, WED);
    expect(fresh.existed).toBe(false);
    expect(await db.chores.get(fresh.chore.id)).toMatchObject({
      name: 'Rotate TLS cert',
      key: 'rotate tls cert',
    });
    expect((await db.outbox.toArray()).some((r) => r.table === 'chores' && r.id === fresh.chore.id)).toBe(
      true,
    );
    const before = await dump(db);
    for (const name of ['', '   ', 'x'.repeat(121), 'evil\u202Ename', 'nul\u0000']) {
      await expect(logNewChore(idb, { name, minutes: 5, source: 'form' }, WED)).rejects.toThrow(/name/);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('a timer past its cap logs nothing until the user confirms, and survives the popup closing', async () => {
    const { db, chore, idb } = await withChore();
    await startTimer(idb, chore.id, WED);
    await expect(startTimer(idb, chore.id, WED)).rejects.toThrow('A timer is already running');
    const capped = await stopTimer(idb, WED + 26 * HOUR);
    expect(capped).toMatchObject({ capped: true, minutes: 240 });
    expect(capped.occurrence).toBeUndefined();
    // The popup closed on the question: the timer still runs, and asking again gives the same answer.
    expect((await readSnapshot(idb, WED + 26 * HOUR)).timer).toEqual({ choreId: chore.id, startedAt: WED });
    expect(await stopTimer(idb, WED + 26 * HOUR)).toMatchObject({ capped: true });
    const occ = await finishTimer(idb, 95, WED + 26 * HOUR);
    expect(occ).toMatchObject({ choreId: chore.id, minutes: 95, source: 'timer' });
    expect((await readSnapshot(idb, WED + 26 * HOUR)).timer).toBeNull();
    await expect(finishTimer(idb, 95)).rejects.toThrow('No timer is running.');

    await startTimer(idb, chore.id, WED + 27 * HOUR);
    const stopped = await stopTimer(idb, WED + 27 * HOUR + 20 * 60_000);
    expect(stopped).toMatchObject({
      capped: false,
      minutes: 20,
      occurrence: { minutes: 20, source: 'timer' },
    });
    await foldNow(idb);
    await expectRollupsMatchHistory(db);
  });

  it('any mix of clicks, undos, adjustments, Dexie edits and folds leaves the rollups equal to the history', async () => {
    type Step =
      | { kind: 'click'; minutes: number; hoursAgo: number }
      | { kind: 'undo' | 'dexieDelete'; pick: number }
      | { kind: 'adjust' | 'dexieEdit'; pick: number; minutes: number }
      | { kind: 'fold' };
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('click' as const),
        minutes: fc.integer({ min: 1, max: 90 }),
        hoursAgo: fc.integer({ min: 0, max: 24 * 20 }),
      }),
      fc.record({ kind: fc.constantFrom('undo' as const, 'dexieDelete' as const), pick: fc.nat() }),
      fc.record({
        kind: fc.constantFrom('adjust' as const, 'dexieEdit' as const),
        pick: fc.nat(),
        minutes: fc.integer({ min: 1, max: 90 }),
      }),
      fc.record({ kind: fc.constant('fold' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps: Step[]) => {
        const { db, chore, idb } = await withChore();
        const other = (await createChore(db, { name: 'Rotate cert', defaultMinutes: 3 }, WED - DAY)).chore;
        const ids: string[] = [];
        for (const [i, s] of steps.entries()) {
          const now = WED + i * 1000;
          const id = 'pick' in s ? ids[s.pick % Math.max(1, ids.length)] : undefined;
          if (s.kind === 'click') {
            const target = i % 2 ? chore : other;
            ids.push(
              (
                await logClick(
                  idb,
                  { choreId: target.id, minutes: s.minutes, source: 'click', at: now - s.hoursAgo * HOUR },
                  now,
                )
              ).id,
            );
          } else if (s.kind === 'fold') await foldNow(idb);
          else if (!id) continue;
          else if (s.kind === 'undo') await undoLog(idb, id, now);
          else if (s.kind === 'dexieDelete') await deleteOccurrence(db, id, now);
          else if (s.kind === 'adjust') await adjustMinutes(idb, id, s.minutes, now).catch(() => undefined);
          else if (s.kind === 'dexieEdit') {
            await updateOccurrence(db, id, { minutes: s.minutes }, now).catch(() => undefined);
          }
        }
        await foldNow(idb);
        await expectRollupsMatchHistory(db);
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});

it('logOccurrence (Dexie) and logClick (raw) store the same occurrence shape', async () => {
  const { db, chore, idb } = await withChore(7);
  const viaDexie = await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED);
  const viaRaw = await logClick(idb, { choreId: chore.id, minutes: 7, source: 'click' }, WED);
  expect({ ...viaRaw, id: '' }).toEqual({ ...viaDexie, id: '' });
});
