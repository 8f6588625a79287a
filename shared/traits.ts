import { TOIL_TRAITS, type ToilTrait } from './chore-record';
import type { Traits } from './model';

/**
 * The six traits of toil (SRE book, ch. 5) where they count. Automatable decides who may be "automate
 * this first" (pick.ts); growing with the service (scalesLinearly) decides whether a measured growth
 * weighs in the ranking (trend.ts); the others are shown in "why" and change no figure.
 */

export const TRAIT_LABELS: Record<ToilTrait, string> = {
  manual: 'Manual',
  repetitive: 'Repetitive',
  automatable: 'Automatable',
  tactical: 'Tactical (interrupt-driven)',
  noEnduringValue: 'No enduring value',
  scalesLinearly: 'Grows with the service',
};

/** A chore logged this many times was done by hand, again: manual and repetitive. */
export const REPEATED_ENTRIES = 2;

/**
 * The traits as the user marked them, or, for a chore whose six traits were never touched (every chore
 * made before new chores started as manual and repetitive) and that was logged at least twice, manual
 * and repetitive: what logging it already told us. Nothing is stored; saving the chore's form stores it.
 */
export function traitsWithDefaults(traits: Traits, entries: number): Traits {
  if (entries < REPEATED_ENTRIES || TOIL_TRAITS.some((t) => traits[t])) return traits;
  return { ...traits, manual: true, repetitive: true };
}

/** "Traits: manual, repetitive, automatable", or that none is marked. */
export function traitsLine(traits: Traits): string {
  const marked = TOIL_TRAITS.filter((t) => traits[t]).map((t) => TRAIT_LABELS[t].toLowerCase());
  return marked.length ? `Toil traits: ${marked.join(', ')}` : 'No toil traits marked';
}
