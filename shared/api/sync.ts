import { IdSchema, OccurrenceSchema, StoredChoreSchema, TraitsSchema } from '../model';
import { z } from '../zod';

/**
 * What a chore looks like on the wire. The server never receives a chore's site pattern or repository
 * (they can reveal where a person works) or private chores at all; the key is recomputed by the server
 * from the name. The name may be one stored before the invisible-character rule: the server holds a
 * new or changed name to the rule when it plans the push (worker/db/push-plan.ts).
 */
export const WireChoreSchema = StoredChoreSchema.in
  .omit({ key: true, sitePattern: true, repository: true, private: true })
  .refine((c) => c.status !== 'automated' || c.automatedAt !== undefined, {
    error: 'an automated chore needs the date it was automated',
    path: ['automatedAt'],
  })
  .meta({ id: 'WireChore' });
export type WireChore = z.infer<typeof WireChoreSchema>;

/** An occurrence on the wire: its note stays on the device. */
export const WireOccurrenceSchema = OccurrenceSchema.omit({ note: true }).meta({ id: 'WireOccurrence' });
export type WireOccurrence = z.infer<typeof WireOccurrenceSchema>;

const ChoreChangeSchema = z.strictObject({ type: z.literal('chore'), chore: WireChoreSchema });
const OccurrenceChangeSchema = z.strictObject({
  type: z.literal('occurrence'),
  occurrence: WireOccurrenceSchema,
});

/** A revision of a record (chore or occurrence): what the extension pushes today. */
export const RecordChangeSchema = z.discriminatedUnion('type', [ChoreChangeSchema, OccurrenceChangeSchema]);
/** A record change; `PushChange` is any change a push may carry (records, and private). */
export type Change = z.infer<typeof RecordChangeSchema>;

/**
 * "This chore is private now" (on the device sending it). The server then deletes the chore, its
 * occurrences and every rollup contribution, and keeps only a tombstone (the id and the member), so that
 * a later push of the chore or of an occurrence of it, from any of the member's devices, is rejected
 * with code 'private'. One way: a private chore cannot be pushed again under the same id.
 */
export const PrivateChangeSchema = z
  .strictObject({ type: z.literal('private'), choreId: IdSchema })
  .meta({ id: 'PrivateChange' });
export type PrivateChange = z.infer<typeof PrivateChangeSchema>;

export const ChangeSchema = z
  .discriminatedUnion('type', [ChoreChangeSchema, OccurrenceChangeSchema, PrivateChangeSchema], {
    error: 'type must be chore, occurrence or private',
  })
  .meta({ id: 'Change' });
export type PushChange = z.infer<typeof ChangeSchema>;

export const MAX_PUSH_CHANGES = 1000;

/**
 * The envelope is strict; each change is validated on its own (as ChangeSchema) so that one invalid
 * change is rejected with its reason while the others are applied.
 */
/**
 * In the document, each item is a Change; at run time it is any value, checked on its own by the push
 * (ChangeSchema) so that an invalid change is rejected with its reason instead of failing the request.
 */
const CHANGE_ITEM = z.unknown().meta({
  type: 'object',
  description: 'A Change, validated one by one: an invalid change is rejected on its own.',
  allOf: [{ $ref: '#/components/schemas/Change' }],
} as Record<string, unknown>);

export const PushRequestSchema = z
  .strictObject({
    changes: z
      .array(CHANGE_ITEM, {
        error: 'changes must be a list',
      })
      .max(MAX_PUSH_CHANGES, { error: `at most ${MAX_PUSH_CHANGES} changes per push` }),
  })
  .meta({ id: 'PushRequest' });

/**
 * Why a change was rejected, for clients to act on (`reason` is for people): 'private', the chore is
 * private on another of the member's devices (mark it private here and stop pushing it and its
 * occurrences); 'limit', a limit of the server (named in the reason) would be exceeded.
 */
export const REJECTION_CODES = ['private', 'limit'] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/**
 * Answers are read leniently (z.object: a field this version does not know is dropped, a known field of
 * the wrong type is refused), so that a server that gains fields never stops an older client's sync.
 * A rejection code this version does not know reads as a plain rejection.
 */
export const ChangeResultSchema = z
  .object({
    index: z.number().int(),
    id: z.string().nullable(),
    status: z.enum(['applied', 'duplicate', 'rejected']),
    reason: z.string().optional(),
    code: z
      .string()
      .optional()
      .meta({
        description: `One of: ${REJECTION_CODES.join(', ')} (clients ignore a code they do not know).`,
      }),
  })
  .meta({ id: 'ChangeResult' });
export type ChangeResult = z.infer<typeof ChangeResultSchema>;

export const PushResponseSchema = z
  .object({
    results: z.array(ChangeResultSchema),
    version: z.number().int().meta({ description: 'The team version after this push.' }),
  })
  .meta({ id: 'PushResponse' });
export type PushResponse = z.infer<typeof PushResponseSchema>;

/** Opaque to clients: "<version>.<type>.<id>", the position after the last change received. */
export const CursorSchema = z
  .string()
  .regex(/^\d{1,15}\.(chore|occurrence|private)\.[A-Za-z0-9_-]{1,64}$|^0$/, { error: 'cursor is not valid' });

export const PullQuerySchema = z.strictObject({
  cursor: CursorSchema.optional(),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be at least 1' })
    .max(1000, { error: 'limit must be at most 1000' })
    .optional(),
  include: z.literal('private', { error: 'include must be private' }).optional().meta({
    description:
      'include=private: also deliver the tombstones of chores made private on one of the member’s devices. Opt-in, so that devices which predate them never receive a change type they do not know.',
  }),
});

/**
 * A pulled chore, read leniently: fields this version does not know (on the chore or in its traits) are
 * dropped rather than failing the page, which would stop the device's sync for good; a name stored before
 * the invisible-character rule is read as it is.
 */
export const PulledChoreSchema = StoredChoreSchema.in
  .omit({ key: true, sitePattern: true, private: true })
  .extend({ traits: TraitsSchema.strip() })
  .strip()
  .refine((c) => c.status !== 'automated' || c.automatedAt !== undefined, {
    error: 'an automated chore needs the date it was automated',
    path: ['automatedAt'],
  })
  .meta({ id: 'PulledChore' });
/** A pulled occurrence, read leniently like a pulled chore (a note is never on the wire: dropped). */
export const PulledOccurrenceSchema = OccurrenceSchema.omit({ note: true })
  .strip()
  .meta({ id: 'PulledOccurrence' });

export const PulledChangeSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('chore'), version: z.number().int(), chore: PulledChoreSchema }),
    z.object({
      type: z.literal('occurrence'),
      version: z.number().int(),
      occurrence: PulledOccurrenceSchema,
    }),
  ])
  .meta({ id: 'PulledChange' });
export type PulledChange = z.infer<typeof PulledChangeSchema>;

/**
 * Pulled only with include=private: the chore is private on one of the member's devices, and the server
 * holds nothing else of it. A device marks it private too, and never pushes it or its occurrences again.
 */
export const PulledPrivateSchema = z
  .object({ type: z.literal('private'), version: z.number().int(), choreId: IdSchema })
  .meta({ id: 'PulledPrivate' });
export type PulledPrivate = z.infer<typeof PulledPrivateSchema>;

export const PullResponseSchema = z
  .object({
    changes: z.array(PulledChangeSchema),
    cursor: z.string().meta({ description: 'Pass back to get the next page.' }),
    more: z.boolean(),
  })
  .meta({ id: 'PullResponse' });
export type PullResponse = z.infer<typeof PullResponseSchema>;

/** A page pulled with include=private: records, and the tombstones of chores made private. */
export const PullWithPrivateResponseSchema = z
  .object({
    changes: z.array(z.union([PulledChangeSchema, PulledPrivateSchema])),
    cursor: z.string().meta({ description: 'Pass back to get the next page.' }),
    more: z.boolean(),
  })
  .meta({ id: 'PullWithPrivateResponse' });
export type PullWithPrivateResponse = z.infer<typeof PullWithPrivateResponseSchema>;
