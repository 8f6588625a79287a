import { ChoreStatusSchema, nameText } from '../model';
import { z } from '../zod';

/**
 * Answers are read leniently (z.object: a field this version does not know is dropped, a known field of
 * the wrong kind is refused), so that a server that gains fields never breaks an older extension.
 */
export const CatalogueSchema = z
  .object({
    chores: z
      .array(
        z.object({
          key: z.string(),
          name: z.string(),
          status: ChoreStatusSchema,
          people: z.number().int(),
        }),
      )
      .meta({ description: 'The most shared first (then by key), at most CATALOGUE_PAGE of them.' }),
    total: z
      .number()
      .int()
      .optional()
      .meta({ description: 'How many chores the catalogue holds in all (the page may list fewer).' }),
  })
  .meta({ id: 'Catalogue' });
export type Catalogue = z.infer<typeof CatalogueSchema>;

export const LeaderboardQuerySchema = z.strictObject({
  week: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'week must be a date like 2026-11-23' })
    .optional()
    .meta({ description: 'Any date in the week to rank (team time zone); defaults to this week.' }),
});

/** One team chore, merged across members by its key. Chores, never people: no per-person figures. */
export const LeaderboardEntrySchema = z
  .object({
    rank: z.number().int(),
    key: z.string(),
    name: z.string(),
    status: ChoreStatusSchema,
    hoursThisWeek: z.number(),
    occurrencesThisWeek: z.number().int(),
    hoursPerWeek: z.number().meta({ description: 'Rolling 4-week average, including context switches.' }),
    occurrencesPerWeek: z.number(),
    people: z
      .number()
      .int()
      .meta({ description: 'Most distinct members reporting it in any one of the last 4 weeks.' }),
    painPerWeek: z.number(),
    hoursPerYear: z.number(),
    trend: z.object({ weeklyHours: z.array(z.number()), growing: z.boolean() }),
    breakEvenHours: z.number(),
    paybackWeeks: z.number().nullable(),
    learning: z.strictObject({ entries: z.number().int(), days: z.number().int() }).optional().meta({
      description:
        'Present while the chore has too little history for yearly figures (under 7 days tracked, or entries in one week only): hoursPerYear, breakEvenHours and paybackWeeks are then extrapolations, and a client shows "still learning: based on N entries over D days" instead.',
    }),
  })
  .meta({ id: 'LeaderboardEntry' });
export type LeaderboardEntry = z.infer<typeof LeaderboardEntrySchema>;

export const LeaderboardSchema = z
  .object({
    team: z.string(),
    week: z.object({ start: z.number().int(), end: z.number().int(), label: z.string() }),
    timeZone: z.string(),
    chores: z
      .array(LeaderboardEntrySchema)
      .meta({ description: 'The top chores, at most LEADERBOARD_PAGE of them.' }),
    total: z
      .number()
      .int()
      .optional()
      .meta({ description: 'How many chores are shown in all (the page may list fewer).' }),
    hiddenChores: z
      .number()
      .int()
      .meta({ description: 'Chores left out for being reported by too few people.' }),
    recommendation: z.string().nullable().meta({
      description:
        'What to automate first: never a chore most members mark as not automatable; while every candidate is still learning, a sentence saying which leads so far, with no yearly figure.',
    }),
  })
  .meta({ id: 'Leaderboard' });
export type Leaderboard = z.infer<typeof LeaderboardSchema>;

export const ViewLinkRequestSchema = z
  .strictObject({ label: nameText('label', 80).optional() })
  .meta({ id: 'ViewLinkRequest' });
export const ViewLinkSchema = z
  .strictObject({
    id: z.string(),
    url: z.string().meta({ description: 'Shown once; only its hash is stored.' }),
  })
  .meta({ id: 'ViewLink' });

/**
 * A member's own read-only link to the team dashboard page. Its token is derived from the member's token
 * and the link's public id, so every call (from any browser of the member) answers the same URL.
 */
export const DashboardLinkRequestSchema = z.strictObject({}).meta({ id: 'DashboardLinkRequest' });
export const DashboardLinkSchema = z
  .object({
    id: z.string().meta({ description: 'The link’s public id, as listed in /v1/view-links.' }),
    url: z.string().meta({
      description:
        'The dashboard page on this server. The same URL on every call until an admin revokes the link or the member leaves; only its hash is stored.',
    }),
  })
  .meta({ id: 'DashboardLink' });
export type DashboardLink = z.infer<typeof DashboardLinkSchema>;
