import type { Settings } from './settings-schema';

let systemTimeZone: string | undefined;
/** The browser's time zone (looked up once: building an Intl.DateTimeFormat is not free). */
function localTimeZone(): string {
  systemTimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return systemTimeZone;
}

/**
 * The settings before the user changes any. The ranking's part equals shared/model's
 * DEFAULT_RANKING_SETTINGS (a test holds them together); it is spelled out here so the background,
 * which must stay small, does not load the zod schemas to read three numbers.
 */
export function defaultSettings(timeZone = localTimeZone()): Settings {
  return {
    timeZone,
    weekStartsOn: 1,
    contextSwitchMinutes: 5,
    horizonYears: 5,
    notifyWeekly: true,
    notifyDay: 1,
    notifyTime: '09:00',
    timerCapMinutes: 240,
  };
}
