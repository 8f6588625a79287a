import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsFromStored } from '../../../../extension/db/core/settings';
import { mergeChoresInto } from '../../../../extension/db/dexie/merge';
import { saveSettings } from '../../../../extension/db/dexie/settings';
import { popupSnapshot } from '../../../../extension/db/dexie/snapshot';
import {
  lastLoggedChoreOf,
  lastWeekRankingOf,
  logAgainIn,
  settingsOf,
  timerOf,
} from '../../../../extension/db/idb/background';
import { openExisting } from '../../../../extension/db/idb/open';
import { logClick } from '../../../../extension/db/idb/quick';
import { startTimer } from '../../../../extension/db/idb/timer';
import { DEFAULT_RANKING_SETTINGS } from '../../../../shared/model';
import { DAY, expectRollupsMatchHistory, freshDb, HOUR, rawOf, WED } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';

describe("the background's raw IndexedDB path", () => {
  it('logs a chore again exactly as logOccurrence would: rows, outbox, rollups, recent list', async () => {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'Rerun pipeline', defaultMinutes: 7 }, WED);
    await logOccurrence(db, { choreId: chore.id, minutes: 4, source: 'click' }, WED - DAY);
    await logOccurrence(db, { choreId: chore.id, minutes: 6, source: 'click' }, WED - HOUR);
    const occ = await logAgainIn(db.name, chore.id, WED);
    // Its usual minutes: the median of 4, 6 and its set 7 (core/typical.ts).
    expect(occ).toMatchObject({ choreId: chore.id, minutes: 6, source: 'shortcut', at: WED });
    expect(await db.occurrences.get(occ?.id ?? '')).toEqual(occ);
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({
      table: 'occurrences',
      id: occ?.id,
      op: 'put',
    });
    await expectRollupsMatchHistory(db);
  });

  it('does nothing for a chore that was merged away', async () => {
    const db = await freshDb();
    const { chore: a } = await createChore(db, { name: 'A', defaultMinutes: 7 }, WED);
    const { chore: b } = await createChore(db, { name: 'B', defaultMinutes: 7 }, WED);
    await mergeChoresInto(db, a.id, b.id, WED);
    const before = await db.occurrences.count();
    expect(await logAgainIn(db.name, a.id, WED)).toBeNull();
    expect(await db.occurrences.count()).toBe(before);
  });

  it('reads the same settings, timer, last chore and last week as the Dexie verbs', async () => {
    const db = await freshDb('Asia/Tokyo');
    await saveSettings(db, { notifyDay: 3, timerCapMinutes: 90 });
    const { chore } = await createChore(db, { name: 'Deploy', defaultMinutes: 30 }, WED - 30 * DAY);
    await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED - 7 * DAY);
    await startTimer(await rawOf(db), chore.id, WED);
    expect(await settingsOf(db.name)).toEqual(await saveSettings(db, {}));
    expect(await timerOf(db.name)).toEqual({ choreId: chore.id, startedAt: WED });
    expect((await lastLoggedChoreOf(db.name))?.id).toBe(chore.id);
    expect(await lastWeekRankingOf(db.name, WED)).toEqual((await popupSnapshot(db, WED)).lastWeek);
  });

  it("counts a click not yet folded into the rollups in last week's summary", async () => {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'Rotate keys', defaultMinutes: 7 }, WED - 9 * DAY);
    await logClick(await rawOf(db), { choreId: chore.id, minutes: 7, source: 'click' }, WED - 7 * DAY);
    expect(await db.pending.count()).toBe(1);
    const ranking = await lastWeekRankingOf(db.name, WED);
    expect(ranking?.chores.map((c) => [c.choreId, c.thisWeek.minutes])).toEqual([[chore.id, 7]]);
  });

  it('never creates the database: with none yet it reports nothing', async () => {
    const name = `never-created-${Date.now()}`;
    expect(await timerOf(name)).toBeNull();
    expect(await lastLoggedChoreOf(name)).toBeUndefined();
    expect(await openExisting(name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('keeps defaults equal to the shared ranking defaults, and ignores stored fields of the wrong type', () => {
    const {
      timeZone: _zone,
      notifyWeekly: _n,
      notifyDay: _d,
      notifyTime: _t,
      timerCapMinutes: _c,
      forgeHosts: _f,
      ...ranking
    } = defaultSettings('UTC');
    expect(ranking).toEqual(DEFAULT_RANKING_SETTINGS);
    expect(settingsFromStored({ timeZone: 'Nowhere/Else', notifyDay: '3', horizonYears: 2 })).toEqual({
      ...defaultSettings(),
      horizonYears: 2,
    });
  });
});
