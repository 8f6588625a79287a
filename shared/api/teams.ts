import { nameText, RankingSettingsSchema, WeekStartSchema } from '../model';
import { z } from '../zod';
import { InviteSchema } from './invites';

export const MAX_DISPLAY_NAME_LENGTH = 80;
export const TeamNameSchema = nameText('team name', 80);
export const DisplayNameSchema = nameText('display name', MAX_DISPLAY_NAME_LENGTH);

/** A person's working hours in a week, unless the team says otherwise (the dashboard's toil share). */
export const DEFAULT_WORKING_HOURS_PER_WEEK = 40;

/** Settings an admin may change. Weeks for the leaderboard follow the team's time zone and week start. */
export const TeamSettingsSchema = z
  .strictObject({
    timeZone: RankingSettingsSchema.shape.timeZone,
    weekStartsOn: WeekStartSchema,
    contextSwitchMinutes: RankingSettingsSchema.shape.contextSwitchMinutes,
    horizonYears: RankingSettingsSchema.shape.horizonYears,
    /** Hide chores reported by fewer people than this on the leaderboard (1 shows every chore). */
    minPeople: z
      .number({ error: 'minimum people must be a number' })
      .int({ error: 'minimum people must be a whole number' })
      .min(1, { error: 'minimum people must be at least 1' })
      .max(50, { error: 'minimum people must be at most 50' }),
    /** How long a new invite code stays valid. */
    inviteTtlHours: z
      .number({ error: 'invite lifetime must be a number of hours' })
      .int({ error: 'invite lifetime must be whole hours' })
      .min(1, { error: 'invite lifetime must be at least 1 hour' })
      .max(24 * 90, { error: 'invite lifetime must be at most 90 days' }),
    /** A person's working time in a week: the dashboard's toil share is logged toil over this, per active member. */
    workingHoursPerWeek: z
      .number({ error: 'working hours per week must be a number' })
      .min(1, { error: 'working hours per week must be at least 1' })
      .max(168, { error: 'working hours per week must be at most 168' }),
  })
  .meta({ id: 'TeamSettings' });
export type TeamSettings = z.infer<typeof TeamSettingsSchema>;

/**
 * The team as answered (read leniently, like every answer the extension reads: a field this version does
 * not know is dropped, in the team and in its settings).
 */
export const TeamSchema = z
  .object({
    name: z.string(),
    settings: TeamSettingsSchema.strip().extend({
      // Servers from before the team dashboard do not send it; an extension must still join them.
      workingHoursPerWeek: TeamSettingsSchema.shape.workingHoursPerWeek.default(
        DEFAULT_WORKING_HOURS_PER_WEEK,
      ),
    }),
    members: z.number().int(),
  })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof TeamSchema>;

export const CreateTeamRequestSchema = z
  .strictObject({
    name: TeamNameSchema,
    adminName: DisplayNameSchema.optional(),
    settings: TeamSettingsSchema.partial().optional(),
  })
  .meta({ id: 'CreateTeamRequest' });

export const CreateTeamResponseSchema = z
  .strictObject({
    team: TeamSchema,
    memberId: z.string(),
    token: z.string().meta({ description: 'The admin token, shown once; only its hash is stored.' }),
    invite: InviteSchema,
  })
  .meta({ id: 'CreateTeamResponse' });

/** Deleting the team is confirmed by typing its name, exactly. */
export const DeleteTeamRequestSchema = z
  .strictObject({ name: z.string({ error: 'name must be the team’s name, as text' }).max(200) })
  .meta({ id: 'DeleteTeamRequest' });

export const UpdateTeamRequestSchema = z
  .strictObject({ name: TeamNameSchema.optional(), settings: TeamSettingsSchema.partial().optional() })
  .meta({ id: 'UpdateTeamRequest' });

export const InviteCodeSchema = z
  .string({ error: 'invite code must be text' })
  .trim()
  .regex(/^[A-Za-z0-9_-]{10,64}$/, { error: 'invite code is not in the right form' });

export const JoinRequestSchema = z
  .strictObject({ inviteCode: InviteCodeSchema, displayName: DisplayNameSchema.optional() })
  .meta({ id: 'JoinRequest' });

export const JoinResponseSchema = z
  .object({
    team: TeamSchema,
    memberId: z.string(),
    token: z.string().meta({ description: 'The member token, shown once; only its hash is stored.' }),
  })
  .meta({ id: 'JoinResponse' });

export const MemberSchema = z
  .strictObject({
    id: z.string(),
    displayName: z.string().nullable(),
    role: z.enum(['admin', 'member']),
    joinedAt: z.number().int(),
  })
  .meta({ id: 'Member' });
export const UpdateMemberRequestSchema = z
  .strictObject({ role: z.enum(['admin', 'member'], { error: 'role must be admin or member' }) })
  .meta({ id: 'UpdateMemberRequest' });
export const FormerMemberSchema = z
  .strictObject({
    id: z.string(),
    leftAt: z.number().int().nullable().meta({
      description: 'When they left or were removed; null once the server forgot their token (after 90 days).',
    }),
  })
  .meta({ id: 'FormerMember' });
export const MemberListSchema = z
  .strictObject({
    members: z.array(MemberSchema),
    former: z.array(FormerMemberSchema).meta({
      description:
        'Members who left or were removed without erasure while the team still holds their records: an admin can erase them (DELETE /v1/members/{id}?erase=true).',
    }),
  })
  .meta({ id: 'MemberList' });

export const TokenInfoSchema = z
  .strictObject({
    id: z.string(),
    kind: z.enum(['member', 'view']),
    memberId: z.string().nullable(),
    label: z.string().nullable(),
    createdAt: z.number().int(),
  })
  .meta({ id: 'TokenInfo' });
export const TokenListSchema = z.strictObject({ tokens: z.array(TokenInfoSchema) }).meta({ id: 'TokenList' });

/** `?erase=true` also erases everything the server holds of the member, in the same transaction. */
export const RemoveMemberQuerySchema = z.strictObject({
  erase: z.enum(['true', 'false'], { error: 'erase must be true or false' }).optional(),
});

export const PublicIdParamSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'id is not in the right form' }),
});

export const OkSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });
