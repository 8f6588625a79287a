import { SETTINGS_KEY } from './core/rows';
import type { Settings } from './core/settings';
import { guardStorage, parseInput } from './errors';
import { rebuildRollups } from './rollup-rebuild';
import type { ToilDb } from './schema';
import { readSettingsFrom } from './settings-read';
import { SettingsSchema } from './settings-schema';
import { writeTransaction } from './write-transaction';

export function getSettings(db: ToilDb): Promise<Settings> {
  return readSettingsFrom(db.kv);
}

/**
 * Validates and stores a change to the settings. A new time zone or week start moves every week's
 * boundary, so the rollups are rebuilt in the same transaction (a rare, whole-history operation).
 */
export async function saveSettings(db: ToilDb, patch: Partial<Settings>): Promise<Settings> {
  return guardStorage(() =>
    writeTransaction(db, async () => {
      const current = await getSettings(db);
      const next = parseInput(SettingsSchema, { ...current, ...patch });
      await db.kv.put({ key: SETTINGS_KEY, value: next });
      if (next.timeZone !== current.timeZone || next.weekStartsOn !== current.weekStartsOn) {
        await rebuildRollups(db);
      }
      return next;
    }),
  );
}
