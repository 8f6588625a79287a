import { defaultSettings } from './settings-defaults';
import type { Settings } from './settings-schema';

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

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
