/**
 * A new chore's record and its defaults, free of zod so the popup can create one without loading it.
 * shared/chores.ts validates the same record through ChoreSchema.
 */
import type { Chore, Traits } from './model';
import { choreKey } from './text';

/** The six traits of toil from the Google SRE book, chapter 5. */
export const TOIL_TRAITS = [
  'manual',
  'repetitive',
  'automatable',
  'tactical',
  'noEnduringValue',
  'scalesLinearly',
] as const;
export type ToilTrait = (typeof TOIL_TRAITS)[number];

export const NO_TRAITS: Traits = {
  manual: false,
  repetitive: false,
  automatable: false,
  tactical: false,
  noEnduringValue: false,
  scalesLinearly: false,
};

/**
 * A new chore's traits: the user is about to log it by hand, and made it a chore to log it again, so it
 * is manual and repetitive. Whether a script could do it (automatable) is theirs to say.
 */
export const NEW_CHORE_TRAITS: Traits = { ...NO_TRAITS, manual: true, repetitive: true };

export const DEFAULT_ANNOYANCE = 3;
export const DEFAULT_MINUTES = 5;

export type NewChore = {
  name: string;
  sitePattern?: string;
  traits?: Partial<Traits>;
  annoyance?: number;
  defaultMinutes?: number;
  private?: boolean;
};

/** The record of a new manual chore, before validation (its key is computed from the name). */
export function manualChore(fields: NewChore, { id, now }: { id: string; now: number }): Chore {
  const name = fields.name.trim();
  return {
    id,
    name,
    key: choreKey(name),
    ...(fields.sitePattern === undefined ? {} : { sitePattern: fields.sitePattern }),
    traits: { ...NEW_CHORE_TRAITS, ...fields.traits },
    annoyance: fields.annoyance ?? DEFAULT_ANNOYANCE,
    defaultMinutes: fields.defaultMinutes ?? DEFAULT_MINUTES,
    status: 'manual',
    private: fields.private ?? false,
    archived: false,
    createdAt: now,
    updatedAt: now,
    deleted: false,
  };
}
