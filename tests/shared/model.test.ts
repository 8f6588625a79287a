import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  AnnoyanceSchema,
  ChoreNameSchema,
  ChoreSchema,
  ChoreStatusSchema,
  choreKey,
  describeIssues,
  EpochMsSchema,
  HoursSchema,
  IdSchema,
  MinutesSchema,
  NO_TRAITS,
  NoteSchema,
  OccurrenceSchema,
  OccurrenceSourceSchema,
  RankingSettingsSchema,
  SitePatternSchema,
  TimeZoneSchema,
  TraitsSchema,
  WeekStartSchema,
} from '../../shared/model';
import { chore, NOW, occurrence, settings } from './fixtures';

/** The messages a schema gives for a value, as a user would read them. */
function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`${JSON.stringify(value)} was accepted`);
  return describeIssues(result.error, 20);
}

describe('choreKey', () => {
  it.each([
    ['Restart  flaky job', 'restart flaky job'],
    ['restart FLAKY job ', 'restart flaky job'],
    ['  Restart\tflaky\njob', 'restart flaky job'],
    ['Restart\u00a0flaky job', 'restart flaky job'],
    ['Ｒｅｓｔａｒｔ flaky job', 'restart flaky job'],
    ['Re\u200bstart flaky\ufeff job', 'restart flaky job'],
  ])('treats %j as the chore "restart flaky job"', (name, key) => {
    expect(choreKey(name)).toBe(key);
  });

  it('keeps different words different', () => {
    expect(choreKey('Restart flaky job')).not.toBe(choreKey('Restart flaky jobs'));
  });

  it('is what a parsed chore carries, whatever key the input claimed', () => {
    const parsed = ChoreSchema.parse({ ...chore({ name: 'x' }), name: '  Rotate   Secrets ', key: 'forged' });
    expect(parsed.name).toBe('Rotate   Secrets');
    expect(parsed.key).toBe('rotate secrets');
  });
});

describe('schemas reject bad values with a readable message', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['id', IdSchema, 'short', 'id must be 8-64 characters of A-Z, a-z, 0-9, _ or -'],
    ['id', IdSchema, 'has spaces in it', 'id must be 8-64 characters of A-Z, a-z, 0-9, _ or -'],
    ['id', IdSchema, 12345678, 'id must be text'],
    ['time', EpochMsSchema, '2026-01-01', 'time must be a number of milliseconds'],
    ['time', EpochMsSchema, 1.5e12 + 0.5, 'time must be a whole number of milliseconds'],
    ['time', EpochMsSchema, 0, 'time is before the year 2000'],
    ['time', EpochMsSchema, Date.UTC(2100, 0, 2), 'time is after the year 2100'],
    ['minutes', MinutesSchema, 0, 'minutes must be more than 0'],
    ['minutes', MinutesSchema, -5, 'minutes must be more than 0'],
    ['minutes', MinutesSchema, 1441, 'minutes must be at most 1440 (24 hours)'],
    ['minutes', MinutesSchema, Number.NaN, 'minutes must be a number'],
    ['minutes', MinutesSchema, Number.POSITIVE_INFINITY, 'minutes must be a number'],
    ['name', ChoreNameSchema, '   ', 'name must not be empty'],
    ['name', ChoreNameSchema, 'x'.repeat(121), 'name must be at most 120 characters'],
    ['name', ChoreNameSchema, 'bad\u0000name', 'name contains control or text-direction characters'],
    ['name', ChoreNameSchema, 'gnp.exe\u202e', 'name contains control or text-direction characters'],
    ['name', ChoreNameSchema, 'broken \ud800', 'name contains a broken character (lone surrogate)'],
    ['note', NoteSchema, 'x'.repeat(501), 'note must be at most 500 characters'],
    [
      'site pattern',
      SitePatternSchema,
      'https://github.com/org',
      'site pattern must be a host such as github.com or *.example.org',
    ],
    ['traits', TraitsSchema, { ...NO_TRAITS, manual: 'yes' }, 'manual: trait manual must be true or false'],
    ['traits', TraitsSchema, { ...NO_TRAITS, boring: true }, 'traits has unknown fields: boring'],
    ['annoyance', AnnoyanceSchema, 6, 'annoyance must be from 1 to 5'],
    ['annoyance', AnnoyanceSchema, 2.5, 'annoyance must be a whole number from 1 to 5'],
    ['hours', HoursSchema, -1, 'hours must not be negative'],
    ['status', ChoreStatusSchema, 'done', 'status must be manual, automating or automated'],
    [
      'source',
      OccurrenceSourceSchema,
      'email',
      'source must be one of click, shortcut, context-menu, timer, form, import, discovered',
    ],
    ['week start', WeekStartSchema, 7, 'week start must be 0 (Sunday) to 6 (Saturday)'],
    ['week start', WeekStartSchema, 1.5, 'week start must be a whole number from 0 (Sunday) to 6 (Saturday)'],
    [
      'time zone',
      TimeZoneSchema,
      'Mars/Olympus_Mons',
      'time zone must be an IANA name such as Europe/Berlin',
    ],
    [
      'settings',
      RankingSettingsSchema,
      { ...settings, contextSwitchMinutes: -1 },
      'contextSwitchMinutes: context-switch cost must not be negative',
    ],
    [
      'settings',
      RankingSettingsSchema,
      { ...settings, horizonYears: 0 },
      'horizonYears: horizon must be more than 0 years',
    ],
    ['chore', ChoreSchema, { ...chore(), annoyance: 0 }, 'annoyance: annoyance must be from 1 to 5'],
    [
      'chore',
      ChoreSchema,
      { ...chore(), status: 'automated' },
      'automatedAt: an automated chore needs the date it was automated',
    ],
    ['chore', ChoreSchema, { ...chore(), owner: 'me' }, 'chore has unknown fields: owner'],
    ['chore', ChoreSchema, 'a chore', 'chore must be an object'],
    [
      'occurrence',
      OccurrenceSchema,
      { ...occurrence(chore(), NOW), minutes: 2000 },
      'minutes: minutes must be at most 1440 (24 hours)',
    ],
    [
      'occurrence',
      OccurrenceSchema,
      { ...occurrence(chore(), NOW), deleted: 'no' },
      'deleted: deleted must be true or false',
    ],
    [
      'occurrence',
      OccurrenceSchema,
      { ...occurrence(chore(), NOW), url: 'https://x' },
      'occurrence has unknown fields: url',
    ],
  ])('%s: %j', (_, schema, value, message) => {
    expect(messages(schema, value)).toContain(message);
  });

  it('never falls back to a generic message for a record with every field wrong', () => {
    const wrong = {
      id: 1,
      name: 2,
      traits: 3,
      annoyance: 'a',
      defaultMinutes: 'b',
      status: 4,
      private: 5,
      archived: 6,
      createdAt: 'c',
      updatedAt: 'd',
      deleted: 7,
    };
    const all = [
      ...messages(ChoreSchema, wrong),
      ...messages(OccurrenceSchema, {}),
      ...messages(RankingSettingsSchema, {}),
    ];
    expect(all.filter((m) => m.includes('Invalid input'))).toEqual([]);
  });

  it('accepts the values it should', () => {
    expect(MinutesSchema.parse(0.5)).toBe(0.5);
    expect(SitePatternSchema.parse(' *.Example.ORG ')).toBe('*.example.org');
    expect(ChoreNameSchema.parse('  Restart flaky job  ')).toBe('Restart flaky job');
    expect(TimeZoneSchema.parse('Australia/Sydney')).toBe('Australia/Sydney');
    const { key: _key, ...withoutKey } = chore({ name: 'Rotate secrets' });
    expect(ChoreSchema.parse(withoutKey).key).toBe('rotate secrets');
  });
});
