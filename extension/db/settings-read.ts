import type { Table } from 'dexie';
import { SETTINGS_KEY } from './core/rows';
import { defaultSettings, type Settings } from './core/settings';
import { SettingsSchema } from './settings-schema';

// Settings are read inside every write (week boundaries need the time zone), and validating a time zone
// builds an Intl.DateTimeFormat, which costs more than the write itself: the last validated value is
// kept, keyed by its stored JSON.
let memo: { json: string; settings: Settings } | undefined;

/**
 * The stored settings over the defaults. A stored value that no longer validates (an older shape, a
 * time zone the browser dropped) falls back field by field to the defaults rather than failing.
 */
export async function readSettingsFrom(kv: Table): Promise<Settings> {
  const row = (await kv.get(SETTINGS_KEY)) as { value?: unknown } | undefined;
  const stored = row?.value;
  const json = JSON.stringify(stored ?? null);
  if (memo?.json === json) return memo.settings;
  const settings = validate(stored);
  memo = { json, settings };
  return settings;
}

function validate(stored: unknown): Settings {
  const defaults = defaultSettings();
  if (typeof stored !== 'object' || stored === null) return defaults;
  const whole = SettingsSchema.safeParse({ ...defaults, ...stored });
  if (whole.success) return whole.data;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [field, value] of Object.entries(stored)) {
    if (!(field in defaults)) continue;
    const candidate = { ...merged, [field]: value };
    if (SettingsSchema.safeParse(candidate).success) merged[field] = value;
  }
  return SettingsSchema.parse(merged);
}
