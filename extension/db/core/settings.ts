import type { RankingSettings } from '../../../shared/model';

/**
 * Everything the user can set: the ranking's inputs plus the weekly notification and the timer cap.
 * Written out by hand so that reading settings needs no zod; dexie/settings.ts validates what is saved
 * with a zod schema, and a test holds the two to the same shape.
 */
export type Settings = RankingSettings & {
  notifyWeekly: boolean;
  /** 0 (Sunday) to 6 (Saturday). */
  notifyDay: number;
  /** HH:MM, local time. */
  notifyTime: string;
  /** Whole minutes, 1 to 1440: a timer running longer asks before logging. */
  timerCapMinutes: number;
};

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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function validZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Stored settings over the defaults, for reading only. They were validated in full when saved
 * (saveSettings); here each field just has to have the right type, so the zod schemas stay out.
 */
export function settingsFromStored(stored: unknown): Settings {
  const defaults = defaultSettings();
  if (!isRecord(stored)) return defaults;
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(defaults)) {
    if (typeof stored[key] === typeof value) out[key] = stored[key];
  }
  const settings = out as Settings;
  return validZone(settings.timeZone) ? settings : { ...settings, timeZone: defaults.timeZone };
}
