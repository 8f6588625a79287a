import { type ForgeHost, isForgeHost } from '../../../shared/forge';

/**
 * Everything the user can set: the ranking's inputs plus the weekly notification, the timer cap and the
 * self-hosted forges.
 * Written out by hand so that reading settings needs no zod; dexie/settings.ts validates what is saved
 * with a zod schema, and a test holds the two to the same shape.
 */
export type Settings = {
  /** An IANA name, e.g. Europe/Berlin: weeks and days are the user's. */
  timeZone: string;
  /** 0 (Sunday) to 6 (Saturday). */
  weekStartsOn: number;
  /** Minutes lost refocusing after each occurrence, on top of the chore itself (0 to 120). */
  contextSwitchMinutes: number;
  /** Years an automation is expected to serve (more than 0, at most 20). */
  horizonYears: number;
  notifyWeekly: boolean;
  /** 0 (Sunday) to 6 (Saturday). */
  notifyDay: number;
  /** HH:MM, local time. */
  notifyTime: string;
  /** Whole minutes, 1 to 1440: a timer running longer asks before logging. */
  timerCapMinutes: number;
  /** Self-hosted forges "Open issue" may link to, besides github.com and gitlab.com (at most 20). */
  forgeHosts: ForgeHost[];
};

export const MAX_FORGE_HOSTS = 20;

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
    forgeHosts: [],
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

let lastZone: { name: string; valid: boolean } | undefined;
/** Whether the browser knows the time zone (kept for the last name asked: checking it is not free). */
function validZone(name: unknown): boolean {
  if (typeof name !== 'string') return false;
  if (lastZone?.name !== name) {
    let valid = true;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
    } catch {
      valid = false;
    }
    lastZone = { name, valid };
  }
  return lastZone.valid;
}

const between = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const whole = (v: unknown, min: number, max: number) => Number.isInteger(v) && between(v, min, max);

/**
 * Each field's rule, written without zod: the same as dexie/settings.ts's SettingsSchema (and the
 * ranking settings' schema in shared/model.ts). tests/extension/db/core/settings.test.ts holds the two
 * to the same answers.
 */
const RULES: Record<keyof Settings, (v: unknown) => boolean> = {
  timeZone: validZone,
  weekStartsOn: (v) => whole(v, 0, 6),
  contextSwitchMinutes: (v) => between(v, 0, 120),
  horizonYears: (v) => between(v, 0, 20) && v !== 0,
  notifyWeekly: (v) => typeof v === 'boolean',
  notifyDay: (v) => whole(v, 0, 6),
  notifyTime: (v) => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v),
  timerCapMinutes: (v) => whole(v, 1, 1440),
  forgeHosts: (v) =>
    Array.isArray(v) &&
    v.length <= MAX_FORGE_HOSTS &&
    v.every(isForgeHost) &&
    new Set(v.map((h) => h.host)).size === v.length,
};

/**
 * The stored settings over the defaults: the one reader, for the popup, the background and the full
 * page alike. saveSettings stored them validated; a field that no longer passes its rule (an older
 * shape, a time zone the browser dropped) falls back to its default rather than failing.
 */
export function settingsFromStored(stored: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(stored)) return settings;
  const out: Record<string, unknown> = settings;
  for (const [field, valid] of Object.entries(RULES)) {
    if (valid(stored[field])) out[field] = stored[field];
  }
  return settings;
}
