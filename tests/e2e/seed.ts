import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const DAY = 24 * 3600_000;

type SeedChore = { name: string; minutes: number; perWeek: number; annoyance: number; growth?: number };

const CHORES: SeedChore[] = [
  { name: 'Restart flaky CI job', minutes: 6, perWeek: 9, annoyance: 5, growth: 0.5 },
  { name: 'Rotate expiring TLS certificates', minutes: 40, perWeek: 0.5, annoyance: 3 },
  { name: 'Answer "how do I get access" tickets', minutes: 10, perWeek: 5, annoyance: 4 },
  { name: 'Clean up disk on build agents', minutes: 15, perWeek: 2, annoyance: 2 },
  { name: 'Approve dependency bumps', minutes: 2, perWeek: 12, annoyance: 1 },
];

const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(10, '0')}`;

/**
 * A realistic 12-week history as a Toil Tracker JSON export, imported through the full page like a user
 * would: the screenshots and accessibility checks then see filled charts and tables.
 */
export function sampleExport(now = Date.now()): string {
  const start = now - 12 * 7 * DAY;
  const chores = CHORES.map((c, i) => ({
    id: id('chore', i),
    name: c.name,
    key: '',
    traits: {
      manual: true,
      repetitive: true,
      automatable: i !== 2,
      tactical: i < 3,
      noEnduringValue: true,
      scalesLinearly: i === 0,
    },
    annoyance: c.annoyance,
    defaultMinutes: c.minutes,
    status: 'manual',
    private: false,
    archived: false,
    createdAt: start,
    updatedAt: start,
    deleted: false,
  }));
  const occurrences: object[] = [];
  CHORES.forEach((c, ci) => {
    for (let week = 0; week < 12; week++) {
      const count = Math.round(c.perWeek * (1 + (c.growth ?? 0) * (week / 11)) + ((week * 7 + ci) % 3) - 1);
      for (let k = 0; k < count; k++) {
        const at = start + week * 7 * DAY + ((k * 5 + ci) % 7) * DAY + (9 + ((k + ci) % 8)) * 3600_000;
        if (at >= now) continue;
        occurrences.push({
          id: id(`occ${ci}w${week}k`, k),
          choreId: id('chore', ci),
          at,
          minutes: Math.max(1, c.minutes + ((k % 3) - 1) * Math.ceil(c.minutes / 5)),
          source: 'click',
          updatedAt: at,
          deleted: false,
        });
      }
    }
  });
  return JSON.stringify({ format: 'toil-tracker', version: 1, exportedAt: now, chores, occurrences });
}

/** Writes the sample export to a file for the import control. */
export async function writeSampleExport(dir: string, now = Date.now()): Promise<string> {
  const file = path.join(dir, 'sample-export.json');
  await writeFile(file, sampleExport(now));
  return file;
}

const MORE_CHORES = [
  'Rebase stale release branch',
  'Reset a locked-out VPN account',
  'Rotate the on-call pager schedule',
  'Purge the CDN cache by hand',
  'Triage the nightly test failures',
  'Restart the stuck queue consumer',
  'Grant read access to the logs bucket',
  'Re-run the failed data backfill',
  'Update the status page',
  'Clear the Docker registry quota',
  'Re-sign the iOS provisioning profile',
  'Bump the base image version',
  'Copy prod config into staging',
  'Answer the weekly cost report question',
  'Restart the flaky metrics exporter',
];

/**
 * The sample export with chores added up to `count` (at most 20), each done a few times lately: the
 * size of a regular's list, for the popup's height checks and screenshots.
 */
export function manyChoresExport(count: number, now = Date.now()): string {
  const data = JSON.parse(sampleExport(now)) as {
    chores: { id: string; name: string }[];
    occurrences: object[];
  };
  const [template] = data.chores;
  for (const [i, name] of MORE_CHORES.slice(0, Math.max(0, count - data.chores.length)).entries()) {
    const choreId = id('extra', i);
    data.chores.push({ ...template, id: choreId, name });
    for (let k = 0; k <= i % 3; k++) {
      const at = now - (k * 2 + 1 + (i % 5)) * DAY;
      data.occurrences.push({
        id: id(`extra${i}k`, k),
        choreId,
        at,
        minutes: 3 + i,
        source: 'click',
        updatedAt: at,
        deleted: false,
      });
    }
  }
  return JSON.stringify(data);
}

/** Writes manyChoresExport to a file for the import control. */
export async function writeManyChoresExport(dir: string, count: number, now = Date.now()): Promise<string> {
  const file = path.join(dir, `export-${count}-chores.json`);
  await writeFile(file, manyChoresExport(count, now));
  return file;
}
