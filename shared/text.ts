/**
 * The rules for what a person types (names, notes, minutes), free of zod so the popup can check input
 * without loading it. shared/model.ts builds its schemas on the same rules and messages.
 */

export const MAX_NAME_LENGTH = 120;
export const MAX_NOTE_LENGTH = 500;
export const MAX_MINUTES = 1440;

// Characters that have no place in a name a person types: C0/C1 controls (NUL included), and the
// bidirectional embedding/override/isolate controls used to make text read differently than it is stored.
export const FORBIDDEN_CHARS = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
export const LONE_SURROGATE = /\p{Surrogate}/u;

export const textMessages = (label: string, max: number) => ({
  notText: `${label} must be text`,
  tooLong: `${label} must be at most ${max} characters`,
  loneSurrogate: `${label} contains a broken character (lone surrogate)`,
  forbidden: `${label} contains control or text-direction characters`,
});

export const NAME_EMPTY = 'name must not be empty';

/** What is wrong with a chore name (already trimmed), or undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  const m = textMessages('name', MAX_NAME_LENGTH);
  if (name.length > MAX_NAME_LENGTH) return m.tooLong;
  if (LONE_SURROGATE.test(name)) return m.loneSurrogate;
  if (FORBIDDEN_CHARS.test(name)) return m.forbidden;
  if (name.length === 0) return NAME_EMPTY;
  return undefined;
}

export const minutesMessages = {
  notNumber: 'minutes must be a number',
  notPositive: 'minutes must be more than 0',
  tooMany: `minutes must be at most ${MAX_MINUTES} (24 hours)`,
};

/** What is wrong with a number of minutes, or undefined when it is fine (more than 0, at most a day). */
export function minutesProblem(value: unknown): string | undefined {
  if (typeof value !== 'number' || Number.isNaN(value)) return minutesMessages.notNumber;
  if (!(value > 0)) return minutesMessages.notPositive;
  if (value > MAX_MINUTES) return minutesMessages.tooMany;
  return undefined;
}

/**
 * The matching key of a chore name: "Restart  flaky job" and "restart FLAKY job " are one chore.
 * Unicode-compatibility folded (NFKC), case-folded, zero-width characters removed, runs of white space
 * collapsed to one space, trimmed.
 */
export function choreKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/gu, '')
    .toLocaleLowerCase('en-US')
    .replace(/\s+/gu, ' ')
    .trim();
}
