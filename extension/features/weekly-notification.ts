import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { browser } from 'wxt/browser';
import type { Ranking } from '../../shared/ranking';
import { DB_NAME } from '../db/core/rows';
import type { Settings } from '../db/core/settings';
import { lastWeekRankingOf, settingsOf } from '../db/idb/background';
import { PAGES } from './open-pages';

export const WEEKLY_ALARM = 'weekly-summary';
export const WEEKLY_NOTIFICATION = 'weekly-summary';

type Schedule = Pick<Settings, 'timeZone' | 'notifyDay' | 'notifyTime'>;

/**
 * The next time after `now` that is the chosen weekday and wall-clock time in the user's time zone.
 * Computed from the calendar each time (not now + 7 days), so 09:00 stays 09:00 across daylight
 * saving; a time that a spring-forward skips happens at the first instant after the gap.
 */
export function nextWeeklyTime(schedule: Schedule, now: number): number {
  const [hours = 9, minutes = 0] = schedule.notifyTime.split(':').map(Number);
  const today = new TZDate(now, schedule.timeZone);
  for (let offset = 0; offset <= 7; offset++) {
    const day = addDays(today, offset);
    if (day.getDay() !== schedule.notifyDay) continue;
    const at = new TZDate(
      day.getFullYear(),
      day.getMonth(),
      day.getDate(),
      hours,
      minutes,
      0,
      schedule.timeZone,
    );
    if (at.getTime() > now) return at.getTime();
  }
  throw new RangeError(`no weekday ${schedule.notifyDay} within a week of ${now}`);
}

type Alarms = Pick<typeof browser.alarms, 'create' | 'clear' | 'get'>;

/** Sets (or clears, when turned off) the alarm for the next weekly summary from the current settings. */
export async function scheduleWeeklyNotification(
  dbName = DB_NAME,
  alarms: Alarms = browser.alarms,
  now = Date.now(),
) {
  const settings = await settingsOf(dbName);
  if (!settings.notifyWeekly) {
    await alarms.clear(WEEKLY_ALARM);
    return null;
  }
  const when = nextWeeklyTime(settings, now);
  const existing = await alarms.get(WEEKLY_ALARM);
  if (existing?.scheduledTime !== when) await alarms.create(WEEKLY_ALARM, { when });
  return when;
}

/** The summary's text: last week's three most painful chores, and what to automate first. */
export function weeklySummaryText(ranking: Ranking): string | null {
  const top = ranking.chores.filter((c) => c.thisWeek.occurrences > 0).slice(0, 3);
  if (top.length === 0) return null;
  const lines = top.map(
    (c, i) => `${i + 1}. ${c.name}: ${Math.round(c.thisWeek.minutes)} min (${c.thisWeek.occurrences}×)`,
  );
  return [...lines, ranking.recommendation?.sentence].filter(Boolean).join('\n');
}

/** Shows last week's summary (nothing when nothing was logged). Clicking it opens the ranked view. */
export async function showWeeklySummary(
  dbName = DB_NAME,
  notifications: Pick<typeof browser.notifications, 'create'> = browser.notifications,
  now = Date.now(),
): Promise<boolean> {
  const lastWeek = await lastWeekRankingOf(dbName, now);
  const message = lastWeek && weeklySummaryText(lastWeek);
  if (!message) return false;
  await notifications.create(WEEKLY_NOTIFICATION, {
    type: 'basic',
    iconUrl: 'icon/128.png',
    title: `Your toil, week of ${lastWeek?.week.label}`,
    message,
  });
  return true;
}

export async function onNotificationClicked(
  id: string,
  api: {
    tabs: Pick<typeof browser.tabs, 'create'>;
    notifications: Pick<typeof browser.notifications, 'clear'>;
  } = browser,
) {
  if (id !== WEEKLY_NOTIFICATION) return;
  await Promise.all([api.tabs.create({ url: PAGES.ranking }), api.notifications.clear(id)]);
}
