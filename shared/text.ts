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

/**
 * Characters a person cannot see, or cannot tell from a blank, so that two names which look alike can
 * differ by them: every format character (Cf: zero-width space, joiners, direction marks, embeddings,
 * overrides and isolates, the word joiner, the byte-order mark, the soft hyphen, tag characters, ...),
 * every other default-ignorable code point (variation selectors, the combining grapheme joiner, the
 * blank-looking Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, ...), the Braille blank U+2800, and the
 * line and paragraph separators U+2028 and U+2029.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029\u2800]/u;

/** Scripts whose letters the zero-width joiner and non-joiner visibly reshape (Arabic, Indic, ...). */
const JOINING =
  '[\\p{scx=Arabic}\\p{scx=Syriac}\\p{scx=Nko}\\p{scx=Mongolian}\\p{scx=Devanagari}\\p{scx=Bengali}\\p{scx=Gurmukhi}\\p{scx=Gujarati}\\p{scx=Oriya}\\p{scx=Tamil}\\p{scx=Telugu}\\p{scx=Kannada}\\p{scx=Malayalam}\\p{scx=Sinhala}\\p{scx=Myanmar}\\p{scx=Khmer}]';

/**
 * Where an invisible character changes what is drawn, and so may stay: the joiner inside an emoji
 * sequence (woman, ZWJ, laptop: a woman technologist), an emoji's presentation selector (U+FE0F after a
 * heart, or in a keycap), the tags of the three subdivision flags (England, Scotland, Wales), the joiner
 * and non-joiner between two letters of a script they reshape (Persian, Arabic, the Indic scripts), and
 * Mongolian's variation selectors after a Mongolian letter and its vowel separator between two. Each is
 * taken out before the name is searched for an invisible character; anywhere else it is one like the
 * others.
 */
const VISIBLE_IN_CONTEXT = [
  /\u{1F3F4}\u{E0067}\u{E0062}(?:\u{E0065}\u{E006E}\u{E0067}|\u{E0073}\u{E0063}\u{E0074}|\u{E0077}\u{E006C}\u{E0073})\u{E007F}/gu,
  /(?<=\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)\u200D(?=\p{Extended_Pictographic})/gu,
  /(?<=\p{Extended_Pictographic})[\uFE0E\uFE0F]/gu,
  /(?<=[0-9#*])\uFE0F(?=\u20E3)/gu,
  new RegExp(`(?<=${JOINING})[\\u200C\\u200D](?=${JOINING})`, 'gu'),
  /(?<=\p{scx=Mongolian})[\u180B-\u180D\u180F]/gu,
  /(?<=\p{scx=Mongolian})\u180E(?=\p{scx=Mongolian})/gu,
];

/** The first invisible character of a name, as "U+200B", or undefined when it has none. */
function invisibleIn(name: string): string | undefined {
  const rest = VISIBLE_IN_CONTEXT.reduce((text, allowed) => text.replace(allowed, ''), name);
  const found = INVISIBLE.exec(rest)?.[0].codePointAt(0);
  return found === undefined ? undefined : `U+${found.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * What is wrong with a name a person gives something the server or the extension stores (a chore, a
 * display name, a team, a dashboard link's label), already trimmed, or undefined when it is fine. The
 * one rule for every stored name: the plain-text rule (length, no broken or control characters), not
 * empty, no invisible character (`invisibleIn`), and something left to match on (`choreKey`). It applies
 * when a name is written: names stored before it keep loading (`storedNameProblem`).
 */
export function nameProblem(name: string, label = 'name', max = MAX_NAME_LENGTH): string | undefined {
  return storedNameProblem(name, label, max) ?? visibleNameProblem(name, label);
}

/** The part of nameProblem a stored name may break: an invisible character, or nothing to match on. */
export function visibleNameProblem(name: string, label = 'name'): string | undefined {
  const invisible = invisibleIn(name);
  if (invisible) return `${label} contains an invisible character (${invisible}); remove it`;
  if (choreKey(name) === '') return `${label} must have a visible character`;
  return undefined;
}

/**
 * The rule a name already stored keeps to (the plain-text rule, and not empty): what the extension reads
 * back, pulls and edits without renaming, and the server accepts on a chore's tombstone.
 */
export function storedNameProblem(name: string, label = 'name', max = MAX_NAME_LENGTH): string | undefined {
  const m = textMessages(label, max);
  if (name.length > max) return m.tooLong;
  if (LONE_SURROGATE.test(name)) return m.loneSurrogate;
  if (FORBIDDEN_CHARS.test(name)) return m.forbidden;
  if (name.length === 0) return `${label} must not be empty`;
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
