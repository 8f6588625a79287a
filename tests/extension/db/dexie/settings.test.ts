import { describe, expect, it } from 'vitest';
import { getSettings, saveSettings } from '../../../../extension/db/dexie/settings';
import { dump, expectRollupsMatchHistory, freshDb, HOUR, WED } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';

describe('settings', () => {
  it('has the documented defaults: Monday 09:00 notification, 4 h timer cap, no self-hosted forge', async () => {
    const db = await freshDb('America/New_York');
    expect(await getSettings(db)).toEqual({
      timeZone: 'America/New_York',
      weekStartsOn: 1,
      contextSwitchMinutes: 5,
      horizonYears: 5,
      notifyWeekly: true,
      notifyDay: 1,
      notifyTime: '09:00',
      timerCapMinutes: 240,
      forgeHosts: [],
    });
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'IANA'],
    [{ notifyTime: '25:00' }, 'HH:MM'],
    [{ notifyDay: 7 }, 'notification day'],
    [{ timerCapMinutes: 0 }, 'timer cap'],
    [{ weekStartsOn: -1 }, 'week start'],
    [{ forgeHosts: [{ host: 'https://git.example.com', forge: 'gitlab' as const }] }, 'https host'],
  ])('rejects %o and keeps the old settings', async (patch, message) => {
    const db = await freshDb();
    const before = await dump(db);
    await expect(saveSettings(db, patch)).rejects.toThrow(message);
    expect(await dump(db)).toEqual(before);
  });

  it('rebuilds the weekly rollups when the week start or time zone changes', async () => {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'Sunday chore', defaultMinutes: 5 }, WED);
    // Sunday 16 Nov 2025 23:30 in Berlin = 22:30 UTC: Monday weeks put it with Wednesday, Sunday weeks do not.
    const sunday = Date.UTC(2025, 10, 16, 22, 30);
    await logOccurrence(db, { choreId: chore.id, source: 'click' }, sunday);
    await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED + 4 * HOUR);
    expect(await db.weekly.count()).toBe(1);
    await saveSettings(db, { weekStartsOn: 0 });
    expect(await db.weekly.count()).toBe(2);
    await expectRollupsMatchHistory(db);
    await saveSettings(db, { timeZone: 'America/Los_Angeles' });
    await expectRollupsMatchHistory(db);
  });

  it('falls back field by field to defaults when a stored value is no longer valid', async () => {
    const db = await freshDb();
    await db.kv.put({
      key: 'settings',
      value: { timeZone: 'Europe/Berlin', notifyTime: 'noon', horizonYears: 3 },
    });
    expect(await getSettings(db)).toMatchObject({
      timeZone: 'Europe/Berlin',
      notifyTime: '09:00',
      horizonYears: 3,
    });
  });
});
