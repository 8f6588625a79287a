import { z } from '../zod';

/** A new invite code: shown once, admits one person, only its hash is stored. */
export const InviteSchema = z
  .strictObject({
    id: z.string().meta({ description: 'Public id, to revoke the code (DELETE /v1/invites/{id}).' }),
    inviteCode: z.string().meta({ description: 'Shown once; admits one person; only its hash is stored.' }),
    expiresAt: z.number().int(),
  })
  .meta({ id: 'Invite' });
export type Invite = z.infer<typeof InviteSchema>;

/** At most this many codes in one request (an admin inviting a whole team at once). */
export const MAX_INVITES_PER_REQUEST = 20;

export const NewInvitesRequestSchema = z
  .strictObject({
    count: z
      .number({ error: 'count must be a number' })
      .int({ error: 'count must be a whole number' })
      .min(1, { error: 'count must be at least 1' })
      .max(MAX_INVITES_PER_REQUEST, { error: `count must be at most ${MAX_INVITES_PER_REQUEST}` })
      .optional()
      .meta({ description: 'How many single-use codes to make (default 1).' }),
  })
  .meta({ id: 'NewInvitesRequest' });

export const NewInvitesSchema = z.strictObject({ invites: z.array(InviteSchema) }).meta({ id: 'NewInvites' });

/** An invite code nobody has used yet and that has not expired; never the code itself. */
export const OpenInviteSchema = z
  .strictObject({ id: z.string(), createdAt: z.number().int(), expiresAt: z.number().int() })
  .meta({ id: 'OpenInvite' });
export const OpenInviteListSchema = z
  .strictObject({ invites: z.array(OpenInviteSchema) })
  .meta({ id: 'OpenInviteList' });
export type OpenInvite = z.infer<typeof OpenInviteSchema>;

export const RevokedInvitesSchema = z
  .strictObject({ revoked: z.number().int().meta({ description: 'How many open codes stopped working.' }) })
  .meta({ id: 'RevokedInvites' });
