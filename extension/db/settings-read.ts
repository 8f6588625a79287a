import type { Table } from 'dexie';
import { defaultSettings, type Settings, SettingsSchema } from './settings-schema';

export const SETTINGS_KEY = 'settings';

/**
 * The stored settings over the defaults. A stored value that no longer validates (an older shape, a
 * time zone the browser dropped) falls back field by field to the defaults rather than failing.
 */
export async function readSettingsFrom(kv: Table): Promise<Settings> {
  const row = (await kv.get(SETTINGS_KEY)) as { value?: unknown } | undefined;
  const defaults = defaultSettings();
  const stored = row?.value;
  if (typeof stored !== 'object' || stored === null) return defaults;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [field, value] of Object.entries(stored)) {
    if (!(field in defaults)) continue;
    const candidate = { ...merged, [field]: value };
    if (SettingsSchema.safeParse(candidate).success) merged[field] = value;
  }
  return SettingsSchema.parse(merged);
}
