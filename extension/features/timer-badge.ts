import { browser } from 'wxt/browser';
import { DB_NAME } from '../db/core/rows';
import type { TimerState } from '../db/core/timer';
import { timerOf } from '../db/idb/background';

export const TIMER_ALARM = 'timer-badge';
type Action = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;
type Api = {
  action: Action & Pick<typeof browser.action, 'setTitle'>;
  alarms: Pick<typeof browser.alarms, 'create' | 'clear' | 'get'>;
};

/** What the toolbar badge says while a timer runs: minutes, then hours (a badge fits about 4 characters). */
export function timerBadgeText(timer: TimerState, now: number): string {
  const minutes = Math.max(0, Math.floor((now - timer.startedAt) / 60_000));
  if (minutes < 1) return '●';
  return minutes < 60 ? `${minutes}m` : `${Math.floor(minutes / 60)}h`;
}

/**
 * Shows a running timer on the toolbar badge and keeps it ticking with a one-minute alarm; clears both
 * when no timer runs. Safe to call at any time: it reads the timer from the database.
 */
export async function syncTimerBadge(dbName = DB_NAME, api: Api = browser, now = Date.now()): Promise<void> {
  const timer = await timerOf(dbName);
  if (!timer) {
    await Promise.all([
      api.action.setBadgeText({ text: '' }),
      api.action.setTitle({ title: 'Toil Tracker' }),
      api.alarms.clear(TIMER_ALARM),
    ]);
    return;
  }
  const text = timerBadgeText(timer, now);
  await Promise.all([
    api.action.setBadgeText({ text }),
    api.action.setBadgeBackgroundColor({ color: '#b45309' }),
    api.action.setTitle({ title: `Toil Tracker: timer running (${text})` }),
  ]);
  if (!(await api.alarms.get(TIMER_ALARM))) await api.alarms.create(TIMER_ALARM, { periodInMinutes: 1 });
}

/** A short acknowledgement on the badge (e.g. "+1" after the shortcut logged a chore). */
export async function flashBadge(
  text: string,
  color: string,
  action: Action = browser.action,
): Promise<void> {
  await Promise.all([action.setBadgeText({ text }), action.setBadgeBackgroundColor({ color })]);
}
