import {
  choreKey,
  FORBIDDEN_CHARS,
  LONE_SURROGATE,
  MAX_MINUTES,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  minutesMessages,
  NAME_EMPTY,
  textMessages,
  visibleNameProblem,
} from './text';
import { z } from './zod';

/**
 * The toil model. Every schema here doubles as the type (z.infer) and as the validator used at every
 * boundary: the popup's forms, import files, the sync server's requests.
 * Times are epoch milliseconds (UTC); weeks are derived in the user's time zone (see weeks.ts).
 */

import { TOIL_TRAITS, type ToilTrait } from './chore-record';

export { NO_TRAITS, TOIL_TRAITS, type ToilTrait } from './chore-record';
export { choreKey, MAX_MINUTES, MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from './text';

/** A text a person typed: rejected, with a message saying why, when it holds characters no person types. */
export function plainText(label: string, max: number) {
  const m = textMessages(label, max);
  return z
    .string({ error: m.notText })
    .trim()
    .max(max, { error: m.tooLong })
    .refine((s) => !LONE_SURROGATE.test(s), { error: m.loneSurrogate })
    .refine((s) => !FORBIDDEN_CHARS.test(s), { error: m.forbidden });
}

/**
 * A name a person gives something that is stored (a chore, a team, a display name, a label): plain text,
 * not empty, and no invisible character (shared/text.ts, nameProblem: the one rule, which the popup's
 * forms use without zod).
 */
export function nameText(label: string, max: number) {
  return plainText(label, max)
    .min(1, { error: `${label} must not be empty` })
    .superRefine((name, ctx) => {
      const problem = name && visibleNameProblem(name, label);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** The message for an object that is not one, or that carries fields nobody defined. */
export function objectError(what: string) {
  return (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys'
      ? `${what} has unknown fields: ${(issue.keys as string[]).join(', ')}`
      : `${what} must be an object`;
}

const flag = (label: string) => z.boolean({ error: `${label} must be true or false` });

/** Client-generated ids: URL-safe, short enough to index, long enough for a UUID or a nanoid. */
export const IdSchema = z
  .string({ error: 'id must be text' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'id must be 8-64 characters of A-Z, a-z, 0-9, _ or -' });

export const EpochMsSchema = z
  .number({ error: 'time must be a number of milliseconds' })
  .int({ error: 'time must be a whole number of milliseconds' })
  .min(Date.UTC(2000, 0, 1), { error: 'time is before the year 2000' })
  .max(Date.UTC(2100, 0, 1), { error: 'time is after the year 2100' });

export const MinutesSchema = z
  .number({ error: minutesMessages.notNumber })
  .gt(0, { error: minutesMessages.notPositive })
  .max(MAX_MINUTES, { error: minutesMessages.tooMany });

export const ChoreNameSchema = nameText('name', MAX_NAME_LENGTH);
/** A chore name as stored before the invisible-character rule: still read, edited and deleted as it is. */
const StoredChoreNameSchema = plainText('name', MAX_NAME_LENGTH).min(1, { error: NAME_EMPTY });
export const NoteSchema = plainText('note', MAX_NOTE_LENGTH);

/**
 * A site pattern: a host, optionally with a leading "*." wildcard ("github.com", "*.example.org").
 * Matching is done on the device; the pattern never carries a path or a query.
 */
export const SitePatternSchema = z
  .string({ error: 'site pattern must be text' })
  .trim()
  .toLowerCase()
  .max(253, { error: 'site pattern must be at most 253 characters' })
  .regex(/^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+(:\d{1,5})?$/, {
    error: 'site pattern must be a host such as github.com or *.example.org',
  });

/**
 * A chore's repository, where "Open issue" files the request to automate it. The record keeps it as
 * stored: it is checked against the user's forges where it is set (extension/db/dexie/repository.ts)
 * and again where it is used (shared/forge.ts, parseRepository), so a host the user never chose (or one
 * an older version let through) is never linked to.
 */
const RepositorySchema = z
  .string({ error: 'repository must be text' })
  .max(300, { error: 'repository must be at most 300 characters' });

export const TraitsSchema = z.strictObject(
  Object.fromEntries(TOIL_TRAITS.map((t) => [t, flag(`trait ${t}`)])) as Record<ToilTrait, z.ZodBoolean>,
  { error: objectError('traits') },
);
export type Traits = z.infer<typeof TraitsSchema>;

export const AnnoyanceSchema = z
  .number({ error: 'annoyance must be a number' })
  .int({ error: 'annoyance must be a whole number from 1 to 5' })
  .min(1, { error: 'annoyance must be from 1 to 5' })
  .max(5, { error: 'annoyance must be from 1 to 5' });

export const HoursSchema = z
  .number({ error: 'hours must be a number' })
  .min(0, { error: 'hours must not be negative' })
  .max(100_000, { error: 'hours must be at most 100000' });

export const CHORE_STATUSES = ['manual', 'automating', 'automated'] as const;
export const ChoreStatusSchema = z.enum(CHORE_STATUSES, {
  error: 'status must be manual, automating or automated',
});
export type ChoreStatus = z.infer<typeof ChoreStatusSchema>;

/** Fields every synced record carries: when it last changed, and a tombstone instead of a hard delete. */
const syncFields = {
  updatedAt: EpochMsSchema,
  deleted: flag('deleted'),
};

const choreWithName = (name: typeof StoredChoreNameSchema) =>
  z
    .strictObject(
      {
        id: IdSchema,
        name,
        /** choreKey(name); recomputed on every write, never trusted from input (so it may be left out). */
        key: z.string({ error: 'key must be text' }).optional(),
        sitePattern: SitePatternSchema.optional(),
        /** Where the automation's issue goes. Stays on the device, like the site pattern (never synced). */
        repository: RepositorySchema.optional(),
        traits: TraitsSchema,
        annoyance: AnnoyanceSchema,
        /** Minutes used for a one-click log before the chore has a history of its own. */
        defaultMinutes: MinutesSchema,
        status: ChoreStatusSchema,
        /** When the automation went live (status automated). */
        automatedAt: EpochMsSchema.optional(),
        /** Hours the automation really took to build. */
        automationHours: HoursSchema.optional(),
        /** Estimated hours to automate, used for the payback time before it is built. */
        automationEstimateHours: HoursSchema.optional(),
        /** Hours per year the automation needs in upkeep; subtracted from the break-even budget. */
        upkeepHoursPerYear: HoursSchema.optional(),
        /** Private chores never leave the device. */
        private: flag('private'),
        archived: flag('archived'),
        createdAt: EpochMsSchema,
        ...syncFields,
      },
      { error: objectError('chore') },
    )
    .transform((c) => ({ ...c, key: choreKey(c.name) }))
    .refine((c) => c.status !== 'automated' || c.automatedAt !== undefined, {
      error: 'an automated chore needs the date it was automated',
      path: ['automatedAt'],
    });

/** A chore as written now: import, creation (names keep to nameText's rule). */
export const ChoreSchema = choreWithName(ChoreNameSchema);
/**
 * A chore as already stored: its name may predate the invisible-character rule, which applies where a
 * name is given (creating, renaming, importing, pushing a live chore), so an old chore still loads,
 * syncs down, takes edits of its other fields and can be deleted.
 */
export const StoredChoreSchema = choreWithName(StoredChoreNameSchema);
export type Chore = z.output<typeof ChoreSchema>;

/** How an entry was made; 'discovered' marks one estimated from browser history (toil discovery). */
export const OCCURRENCE_SOURCES = [
  'click',
  'shortcut',
  'context-menu',
  'timer',
  'form',
  'import',
  'discovered',
] as const;
export const OccurrenceSourceSchema = z.enum(OCCURRENCE_SOURCES, {
  error: `source must be one of ${OCCURRENCE_SOURCES.join(', ')}`,
});

export const OccurrenceSchema = z.strictObject(
  {
    id: IdSchema,
    choreId: IdSchema,
    /** When the chore was done. */
    at: EpochMsSchema,
    minutes: MinutesSchema,
    note: NoteSchema.optional(),
    source: OccurrenceSourceSchema,
    ...syncFields,
  },
  { error: objectError('occurrence') },
);
export type Occurrence = z.output<typeof OccurrenceSchema>;

/** Weekday numbers as in JavaScript's Date.getDay(): 0 is Sunday, 1 is Monday. */
export const WeekStartSchema = z
  .number({ error: 'week start must be a weekday number' })
  .int({ error: 'week start must be a whole number from 0 (Sunday) to 6 (Saturday)' })
  .min(0, { error: 'week start must be 0 (Sunday) to 6 (Saturday)' })
  .max(6, { error: 'week start must be 0 (Sunday) to 6 (Saturday)' });

export const TimeZoneSchema = z.string({ error: 'time zone must be text' }).refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'time zone must be an IANA name such as Europe/Berlin' },
);

/** What the ranking needs to know about the user. */
export const RankingSettingsSchema = z.strictObject(
  {
    timeZone: TimeZoneSchema,
    weekStartsOn: WeekStartSchema,
    /** Minutes lost refocusing after each occurrence, on top of the chore itself. */
    contextSwitchMinutes: z
      .number({ error: 'context-switch cost must be a number of minutes' })
      .min(0, { error: 'context-switch cost must not be negative' })
      .max(120, { error: 'context-switch cost must be at most 120 minutes' }),
    /** Years an automation is expected to serve: the xkcd 1205 horizon. */
    horizonYears: z
      .number({ error: 'horizon must be a number of years' })
      .gt(0, { error: 'horizon must be more than 0 years' })
      .max(20, { error: 'horizon must be at most 20 years' }),
  },
  { error: objectError('settings') },
);
export type RankingSettings = z.infer<typeof RankingSettingsSchema>;

export const DEFAULT_RANKING_SETTINGS: Omit<RankingSettings, 'timeZone'> = {
  weekStartsOn: 1,
  contextSwitchMinutes: 5,
  horizonYears: 5,
};

/** The first readable problem of a failed parse, e.g. "minutes: minutes must be more than 0". */
export function describeIssues(error: z.ZodError, max = 5): string[] {
  return error.issues
    .slice(0, max)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
}
