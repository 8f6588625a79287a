import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { SETTINGS_KEY } from '../../../../extension/db/core/rows';
import { defaultSettings, type Settings, settingsFromStored } from '../../../../extension/db/core/settings';
import { getSettings, SettingsSchema } from '../../../../extension/db/dexie/settings';
import { settingsOf } from '../../../../extension/db/idb/background';
import { freshDb } from '../../fixtures/db';

/**
 * What the zod schema makes of stored settings, field by field: a field whose stored value the schema
 * accepts is kept, any other falls back to its default. The reader without zod must agree with it.
 */
function bySchema(stored: unknown): Settings {
  const defaults = defaultSettings();
  if (typeof stored !== 'object' || stored === null) return defaults;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [field, value] of Object.entries(stored)) {
    if (!(field in defaults)) continue;
    if (SettingsSchema.safeParse({ ...merged, [field]: value }).success) merged[field] = value;
  }
  return SettingsSchema.parse(merged);
}

const odd = [null, '', 'x', -1, 0, 0.5, 7, 1441, Number.NaN, Number.POSITIVE_INFINITY, true, [], {}];
const field = (...valid: unknown[]) => fc.constantFrom<unknown>(...valid, ...odd);
const stored = fc.record(
  {
    timeZone: field('Europe/Berlin', 'UTC', 'America/New_York', 'Mars/Olympus', 'europe/berlin'),
    weekStartsOn: field(0, 1, 6, 2.5, -0),
    contextSwitchMinutes: field(0, 5, 120, 120.5, 12.25),
    horizonYears: field(0.1, 5, 20, 20.01, 0),
    notifyWeekly: field(true, false, 'yes'),
    notifyDay: field(0, 3, 6, 1.5),
    notifyTime: field('09:00', '23:59', '24:00', '9:00', 'noon', '09:00 '),
    timerCapMinutes: field(1, 240, 1440, 1.5),
    forgeHosts: field(
      [{ host: 'git.example.com', forge: 'gitlab' }],
      [{ host: 'ghe.corp.example:8443', forge: 'github' }],
      [{ host: 'Git.Example.com', forge: 'gitlab' }],
      [{ host: 'https://git.example.com', forge: 'gitlab' }],
      [{ host: 'git.example.com', forge: 'gitea' }],
      [{ host: 'github.com', forge: 'github' }],
      [{ host: 'git.example.com', forge: 'gitlab', trusted: true }],
      [
        { host: 'git.example.com', forge: 'gitlab' },
        { host: 'git.example.com', forge: 'github' },
      ],
      Array.from({ length: 21 }, (_, i) => ({ host: `git${i}.example.com`, forge: 'gitlab' })),
    ),
    somethingElse: field('kept out'),
  },
  { requiredKeys: [] },
);

describe('stored settings are read one way everywhere', () => {
  it('keeps each stored field the zod schema accepts and defaults every other, without zod', () => {
    fc.assert(
      fc.property(stored, (value) => {
        expect(settingsFromStored(value)).toEqual(bySchema(value));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the full page (Dexie) and the background (raw IndexedDB) the same settings', async () => {
    const db = await freshDb();
    await fc.assert(
      fc.asyncProperty(stored, async (value) => {
        await db.kv.put({ key: SETTINGS_KEY, value });
        expect(await settingsOf(db.name)).toEqual(await getSettings(db));
      }),
      { numRuns: 50 },
    );
  });

  it('types the settings by hand exactly as the schema that validates them', () => {
    expectTypeOf<z.output<typeof SettingsSchema>>().toEqualTypeOf<Settings>();
  });
});
