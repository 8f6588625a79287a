import { browser } from 'wxt/browser';
import { DB_NAME } from '../db/core/rows';
import { syncTimerBadge, TIMER_ALARM } from './timer-badge';
import { scheduleWeeklyNotification, showWeeklySummary, WEEKLY_ALARM } from './weekly-notification';

/** A slow heartbeat that puts the badge and the weekly alarm right even if a page never told us. */
export const RESYNC_ALARM = 'resync';
export const RESYNC_MINUTES = 15;

export function resync(dbName = DB_NAME, now = Date.now()) {
  return Promise.all([
    scheduleWeeklyNotification(dbName, browser.alarms, now),
    syncTimerBadge(dbName, browser, now),
  ]);
}

export function startHeartbeat(alarms: Pick<typeof browser.alarms, 'create'> = browser.alarms) {
  return alarms.create(RESYNC_ALARM, { periodInMinutes: RESYNC_MINUTES });
}

export async function onAlarm(alarm: { name: string }, dbName = DB_NAME, now = Date.now()): Promise<void> {
  if (alarm.name === WEEKLY_ALARM) {
    await showWeeklySummary(dbName, browser.notifications, now);
    // The next one is computed from the calendar again, not now + 7 days (daylight saving).
    await scheduleWeeklyNotification(dbName, browser.alarms, now + 60_000);
  } else if (alarm.name === TIMER_ALARM) {
    await syncTimerBadge(dbName, browser, now);
  } else if (alarm.name === RESYNC_ALARM) {
    await resync(dbName, now);
  }
}
