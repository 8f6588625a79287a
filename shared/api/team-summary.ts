import { ChoreStatusSchema } from '../model';
import { z } from '../zod';

const nullableNumber = (description: string) => z.number().nullable().meta({ description });

/** One week of the team's toil: chores, never people (how many were active, never who). */
export const TeamWeekSchema = z
  .strictObject({
    start: z.number().int(),
    label: z.string().meta({ description: 'The local date the week starts on, YYYY-MM-DD.' }),
    toilHours: z.number().meta({ description: 'Logged toil, context switches included.' }),
    activeMembers: z.number().int().meta({ description: 'Members who logged anything counted that week.' }),
    workingHours: z.number().meta({ description: 'activeMembers x the team’s workingHoursPerWeek.' }),
    toilShare: nullableNumber('toilHours / workingHours, 0 to 1 (or more); null when nobody was active.'),
    partial: z.boolean().meta({ description: 'The week is still running: its figures are so far.' }),
  })
  .meta({ id: 'TeamWeek' });
export type TeamWeek = z.infer<typeof TeamWeekSchema>;

export const TeamSavingsEntrySchema = z
  .strictObject({
    key: z.string(),
    name: z.string(),
    automatedAt: z.number().int(),
    beforeHoursPerWeek: nullableNumber('Time a week before the automation week; null with none tracked.'),
    afterHoursPerWeek: nullableNumber('Time a week over the recent weeks after it; null until a full week.'),
    savedHoursPerYear: nullableNumber('(before - after) a year; null until both are measured.'),
    paybackWeeks: nullableNumber('Weeks the build time took to pay back; null without one, or never.'),
    sentence: z.string(),
  })
  .meta({ id: 'TeamSavingsEntry' });

export const TeamRecommendationSchema = z
  .strictObject({
    key: z.string(),
    name: z.string(),
    status: ChoreStatusSchema,
    sentence: z.string().meta({ description: 'The same sentence as the leaderboard’s recommendation.' }),
    hoursPerYear: z.number(),
    people: z.number().int(),
    breakEvenHours: z.number(),
    horizonYears: z.number(),
  })
  .meta({ id: 'TeamRecommendation' });

/** The team dashboard's headline figures, for the extension's Team view (GET /v1/team/summary). */
export const TeamSummarySchema = z
  .strictObject({
    team: z.string(),
    timeZone: z.string(),
    week: z.strictObject({
      start: z.number().int(),
      end: z.number().int(),
      label: z.string(),
      partial: z.boolean(),
    }),
    workingHoursPerWeek: z.number(),
    headline: z.strictObject({
      toilHoursThisWeek: z.number().meta({ description: 'The ranked week’s toil (so far, if partial).' }),
      toilShareThisWeek: nullableNumber('The ranked week’s toil share (so far, if partial).'),
      recentWeeks: z.number().int().meta({
        description: 'Of the last 4 complete weeks, those anyone logged in: the recent figures’ weeks.',
      }),
      toilHoursPerWeek: nullableNumber('Mean toil a week over the recent complete weeks.'),
      toilShare: nullableNumber('Toil over working time across the recent complete weeks.'),
      toilShareCap: z.number().meta({ description: 'Google SRE’s cap on toil: 0.5 of working time.' }),
      savedHoursPerYear: z.number().meta({ description: 'What the automations measured save a year.' }),
      automationsMeasured: z.number().int(),
    }),
    weeks: z
      .array(TeamWeekSchema)
      .meta({ description: 'The ranked week and the 11 before it, oldest first.' }),
    topChores: z
      .array(
        z.strictObject({
          key: z.string(),
          name: z.string(),
          weeklyHours: z.array(z.number()).meta({ description: 'One per week of `weeks`.' }),
        }),
      )
      .meta({ description: 'The top 5 of the leaderboard, in its order.' }),
    savings: z.array(TeamSavingsEntrySchema).meta({ description: 'Automated chores, most saved first.' }),
    recommendation: TeamRecommendationSchema.nullable(),
    hiddenChores: z.number().int().meta({ description: 'Chores left out for too few people (minPeople).' }),
  })
  .meta({ id: 'TeamSummary' });
export type TeamSummary = z.infer<typeof TeamSummarySchema>;
