import { type ForgeHost, isForgeHost } from '../../../shared/forge';
import { RankingSettingsSchema } from '../../../shared/model';
import { z } from '../../../shared/zod';
import { SETTINGS_KEY } from '../core/rows';
import { MAX_FORGE_HOSTS, type Settings, settingsFromStored } from '../core/settings';
import { guardStorage, parseInput } from './errors';
import { rebuildRollups } from './rollups';
import type { ToilDb } from './schema';
import { writeTransaction } from './write-transaction';

/**
 * What saveSettings accepts, with a message per field: the ranking's inputs plus the weekly notification,
 * the timer cap and the self-hosted forges. Its output is core/settings.ts's Settings
 * (tests/extension/db/core/settings.test.ts holds them equal).
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
  forgeHosts: z
    .array(z.custom<ForgeHost>(isForgeHost, { error: 'a self-hosted forge must be an https host' }), {
      error: 'self-hosted forges must be a list',
    })
    .max(MAX_FORGE_HOSTS, { error: `at most ${MAX_FORGE_HOSTS} self-hosted forges` })
    .refine((hosts) => new Set(hosts.map((h) => h.host)).size === hosts.length, {
      error: 'each self-hosted forge may be added once',
    }),
});

/** The stored settings over the defaults (core/settings.ts reads them the same way everywhere). */
export async function getSettings(db: ToilDb): Promise<Settings> {
  return settingsFromStored((await db.kv.get(SETTINGS_KEY))?.value);
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
