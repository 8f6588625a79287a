import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSettings } from '../../../extension/db/dexie/settings';
import { onAlarm } from '../../../extension/features/alarms';
import {
  nextWeeklyTime,
  onNotificationClicked,
  scheduleWeeklyNotification,
  showWeeklySummary,
  WEEKLY_ALARM,
  WEEKLY_NOTIFICATION,
} from '../../../extension/features/weekly-notification';
import { DAY, freshDb, WED } from '../fixtures/db';
import { createChore, logOccurrence } from '../fixtures/dexie-verbs';

const monday9 = { timeZone: 'Europe/Berlin', notifyDay: 1, notifyTime: '09:00' };

beforeEach(() => fakeBrowser.reset());

describe('nextWeeklyTime', () => {
  it('is next Monday 09:00 on the local clock', () => {
    // Wednesday 12 Nov 2025 -> Monday 17 Nov 09:00 CET (08:00 UTC).
    expect(nextWeeklyTime(monday9, WED)).toBe(Date.UTC(2025, 10, 17, 8, 0));
  });

  it('stays at 09:00 local across the autumn and spring clock changes', () => {
    // Berlin leaves summer time on Sunday 26 Oct 2025: 09:00 is 07:00 UTC before, 08:00 UTC after.
    const before = nextWeeklyTime(monday9, Date.UTC(2025, 9, 15, 12));
    const after = nextWeeklyTime(monday9, before);
    expect(before).toBe(Date.UTC(2025, 9, 20, 7, 0));
    expect(after).toBe(Date.UTC(2025, 9, 27, 8, 0));
    expect((after - before) / 3_600_000).toBe(169);
    // And enters it on Sunday 29 Mar 2026: a 167-hour week.
    const spring = nextWeeklyTime(monday9, Date.UTC(2026, 2, 23, 8, 30));
    expect(spring).toBe(Date.UTC(2026, 2, 30, 7, 0));
  });

  it('moves a time the spring-forward skips to just after the gap', () => {
    // New York skips 02:00-03:00 on Sunday 8 March 2026; 02:30 that day happens at 03:30 EDT (07:30 UTC).
    const sunday230 = { timeZone: 'America/New_York', notifyDay: 0, notifyTime: '02:30' };
    expect(nextWeeklyTime(sunday230, Date.UTC(2026, 2, 5))).toBe(Date.UTC(2026, 2, 8, 7, 30));
  });

  it('is later the same day when the time has not come yet, else a week later', () => {
    const monday8 = Date.UTC(2025, 10, 17, 7, 0);
    expect(nextWeeklyTime(monday9, monday8)).toBe(Date.UTC(2025, 10, 17, 8, 0));
    expect(nextWeeklyTime(monday9, Date.UTC(2025, 10, 17, 8, 0))).toBe(Date.UTC(2025, 10, 24, 8, 0));
  });
});

describe('the weekly alarm and notification', () => {
  it('schedules from the settings, follows a change, and is cleared when turned off', async () => {
    const db = await freshDb();
    expect(await scheduleWeeklyNotification(db.name, fakeBrowser.alarms, WED)).toBe(
      Date.UTC(2025, 10, 17, 8, 0),
    );
    expect((await fakeBrowser.alarms.get(WEEKLY_ALARM))?.scheduledTime).toBe(Date.UTC(2025, 10, 17, 8, 0));
    await saveSettings(db, { notifyDay: 5, notifyTime: '16:30' });
    await scheduleWeeklyNotification(db.name, fakeBrowser.alarms, WED);
    expect((await fakeBrowser.alarms.get(WEEKLY_ALARM))?.scheduledTime).toBe(Date.UTC(2025, 10, 14, 15, 30));
    await saveSettings(db, { notifyWeekly: false });
    expect(await scheduleWeeklyNotification(db.name, fakeBrowser.alarms, WED)).toBeNull();
    expect(await fakeBrowser.alarms.get(WEEKLY_ALARM)).toBeUndefined();
  });

  it("summarises last week's top three, most painful first", async () => {
    const db = await freshDb();
    const lastWeek = WED - 7 * DAY;
    const minutes = { Deploy: 90, Triage: 40, 'Reset VPN': 20, 'Fix printer': 5 };
    for (const [name, m] of Object.entries(minutes)) {
      const { chore } = await createChore(db, { name, defaultMinutes: m }, lastWeek - 30 * DAY);
      await logOccurrence(db, { choreId: chore.id, source: 'click' }, lastWeek);
    }
    expect(await showWeeklySummary(db.name, fakeBrowser.notifications, WED)).toBe(true);
    const shown = fakeBrowser.notifications.getAllCreateOptions()[WEEKLY_NOTIFICATION];
    expect(shown?.title).toBe('Your toil, week of 2025-11-03');
    const lines = shown?.message.split('\n') ?? [];
    expect(lines.slice(0, 3)).toEqual([
      '1. Deploy: 90 min (1×)',
      '2. Triage: 40 min (1×)',
      '3. Reset VPN: 20 min (1×)',
    ]);
  });

  it('shows nothing for a week with nothing logged', async () => {
    const db = await freshDb();
    expect(await showWeeklySummary(db.name, fakeBrowser.notifications, WED)).toBe(false);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('when the alarm fires, shows the summary and schedules the next week', async () => {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'Deploy', defaultMinutes: 30 }, WED - 30 * DAY);
    await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED);
    const firesAt = Date.UTC(2025, 10, 17, 8, 0);
    await onAlarm({ name: WEEKLY_ALARM }, db.name, firesAt);
    expect(fakeBrowser.notifications.getAllCreateOptions()[WEEKLY_NOTIFICATION]?.message).toContain('Deploy');
    expect((await fakeBrowser.alarms.get(WEEKLY_ALARM))?.scheduledTime).toBe(Date.UTC(2025, 10, 24, 8, 0));
  });

  it('opens the ranked view when the notification is clicked', async () => {
    const created: string[] = [];
    fakeBrowser.tabs.onCreated.addListener((tab) => void created.push(tab.url ?? ''));
    await onNotificationClicked(WEEKLY_NOTIFICATION, fakeBrowser);
    await onNotificationClicked('something-else', fakeBrowser);
    expect(created).toEqual(['dashboard.html#ranking']);
  });
});
