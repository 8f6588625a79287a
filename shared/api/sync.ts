import { ChoreSchema, OccurrenceSchema } from '../model';
import { z } from '../zod';

/**
 * What a chore looks like on the wire. The server never receives a chore's site pattern (it can reveal
 * where a person works) or private chores at all; the key is recomputed by the server from the name.
 */
export const WireChoreSchema = ChoreSchema.in
  .omit({ key: true, sitePattern: true, private: true })
  .refine((c) => c.status !== 'automated' || c.automatedAt !== undefined, {
    error: 'an automated chore needs the date it was automated',
    path: ['automatedAt'],
  })
  .meta({ id: 'WireChore' });
export type WireChore = z.infer<typeof WireChoreSchema>;

/** An occurrence on the wire: its note stays on the device. */
export const WireOccurrenceSchema = OccurrenceSchema.omit({ note: true }).meta({ id: 'WireOccurrence' });
export type WireOccurrence = z.infer<typeof WireOccurrenceSchema>;

export const ChangeSchema = z
  .discriminatedUnion(
    'type',
    [
      z.strictObject({ type: z.literal('chore'), chore: WireChoreSchema }),
      z.strictObject({ type: z.literal('occurrence'), occurrence: WireOccurrenceSchema }),
    ],
    { error: 'type must be chore or occurrence' },
  )
  .meta({ id: 'Change' });
export type Change = z.infer<typeof ChangeSchema>;

export const MAX_PUSH_CHANGES = 1000;

/**
 * The envelope is strict; each change is validated on its own (as ChangeSchema) so that one invalid
 * change is rejected with its reason while the others are applied.
 */
export const PushRequestSchema = z
  .strictObject({
    changes: z
      .array(z.unknown().meta({ description: 'A Change (see the Change schema), validated one by one.' }), {
        error: 'changes must be a list',
      })
      .max(MAX_PUSH_CHANGES, { error: `at most ${MAX_PUSH_CHANGES} changes per push` }),
  })
  .meta({ id: 'PushRequest' });

export const ChangeResultSchema = z
  .strictObject({
    index: z.number().int(),
    id: z.string().nullable(),
    status: z.enum(['applied', 'duplicate', 'rejected']),
    reason: z.string().optional(),
  })
  .meta({ id: 'ChangeResult' });
export type ChangeResult = z.infer<typeof ChangeResultSchema>;

export const PushResponseSchema = z
  .strictObject({
    results: z.array(ChangeResultSchema),
    version: z.number().int().meta({ description: 'The team version after this push.' }),
  })
  .meta({ id: 'PushResponse' });
export type PushResponse = z.infer<typeof PushResponseSchema>;

/** Opaque to clients: "<version>.<type>.<id>", the position after the last change received. */
export const CursorSchema = z
  .string()
  .regex(/^\d{1,15}\.(chore|occurrence)\.[A-Za-z0-9_-]{1,64}$|^0$/, { error: 'cursor is not valid' });

export const PullQuerySchema = z.strictObject({
  cursor: CursorSchema.optional(),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be at least 1' })
    .max(1000, { error: 'limit must be at most 1000' })
    .optional(),
});

export const PulledChangeSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('chore'), version: z.number().int(), chore: WireChoreSchema }),
    z.strictObject({
      type: z.literal('occurrence'),
      version: z.number().int(),
      occurrence: WireOccurrenceSchema,
    }),
  ])
  .meta({ id: 'PulledChange' });
export type PulledChange = z.infer<typeof PulledChangeSchema>;

export const PullResponseSchema = z
  .strictObject({
    changes: z.array(PulledChangeSchema),
    cursor: z.string().meta({ description: 'Pass back to get the next page.' }),
    more: z.boolean(),
  })
  .meta({ id: 'PullResponse' });
export type PullResponse = z.infer<typeof PullResponseSchema>;
