import { RankingSettingsSchema } from '../../../shared/model';
import { z } from '../../../shared/zod';
import { SETTINGS_KEY } from '../core/rows';
import { defaultSettings, type Settings } from '../core/settings';
import { guardStorage, parseInput } from './errors';
import { rebuildRollups } from './rollups';
import type { ToilDb } from './schema';
import { writeTransaction } from './write-transaction';

/**
 * What saveSettings accepts, with a message per field: the ranking's inputs plus the weekly notification
 * and the timer cap. Its output is core/settings.ts's Settings (tests/extension hold them equal).
 */
export const SettingsSchema = RankingSettingsSchema.extend({
  notifyWeekly: z.boolean({ error: 'weekly notification must be on or off' }),
  notifyDay: z
    .number({ error: 'notification day must be a weekday number' })
    .int({ error: 'notification day must be 0 (Sunday) to 6 (Saturday)' })
    .min(0, { error: 'notification day must be 0 (Sunday) to 6 (Saturday)' })
    .max(6, { error: 'notification day must be 0 (Sunday) to 6 (Saturday)' }),
  notifyTime: z
    .string({ error: 'notification time must be text' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'notification time must be HH:MM, e.g. 09:00' }),
  timerCapMinutes: z
    .number({ error: 'timer cap must be a number of minutes' })
    .int({ error: 'timer cap must be a whole number of minutes' })
    .min(1, { error: 'timer cap must be at least 1 minute' })
    .max(1440, { error: 'timer cap must be at most 1440 minutes (24 hours)' }),
});

// Settings are read inside every write (week boundaries need the time zone), and validating a time zone
// builds an Intl.DateTimeFormat, which costs more than the write itself: the last validated value is
// kept, keyed by its stored JSON.
let memo: { json: string; settings: Settings } | undefined;

/**
 * The stored settings over the defaults. A stored value that no longer validates (an older shape, a
 * time zone the browser dropped) falls back field by field to the defaults rather than failing.
 */
export async function getSettings(db: ToilDb): Promise<Settings> {
  const stored = (await db.kv.get(SETTINGS_KEY))?.value;
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
