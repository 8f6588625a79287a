/**
 * Which parts of a URL path name one thing (a build, a ticket, an incident) rather than a kind of page,
 * and so become `*` in a template. A segment is read as tokens: runs of letters and digits, split by
 * everything else (`-`, `_`, `.`, `~`, ...). Identifiers, each with at least one digit:
 *
 * - number: a token of decimal digits (`1234`, `20261130`, the parts of `3.12`).
 * - hex: 7 or more hex digits, one of them 0-9 (`3f2a1b9`, a short git SHA).
 * - long token: 16 or more ASCII letters and digits, both present (`k8sclusterprod01x`).
 * - mixed-case token: 10 or more ASCII letters and digits with a digit, a-z and A-Z (`dQw4w9WgXcQ`).
 * - UUID, anywhere in a segment (`550e8400-e29b-41d4-a716-446655440000`).
 * - date or date-time, anywhere in a segment (`2026-11-30`, `2026-11-30T12:00:00Z`).
 * - base64url: a whole segment of 10 or more `A-Za-z0-9_-` (and `=` padding) with a digit, a-z, A-Z,
 *   and a lower-case letter right before a capital (`1BxiMVs0XRA5nF-dKvBd_jg`); title-case slugs such
 *   as `World_War_2` have none, and keep their words.
 *
 * Each identifier token becomes `*`; a run of them with only separators between (`2026-11-30`, `1.2.3`)
 * becomes one `*`, and a segment left with no letters or digits (`#123`, once `#*`) is `*`. So a ticket key
 * keeps its project (`PROJ-1234` -> `PROJ-*`: tickets of one project are one queue) and a slug its words
 * (`1234-fix-login` -> `*-fix-login`). An all-letter hex word (`deadbeef`, `facade`) reads as a word and
 * is kept: one 7-character short SHA in a thousand looks like that. A segment that is not valid
 * percent-encoded UTF-8 is binary data, and so an identifier (template.ts).
 */

const UUID =
  /(?<![\p{L}\p{N}])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\p{L}\p{N}])/giu;
const DATE_TIME =
  /(?<![\p{L}\p{N}])\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\p{L}\p{N}])/gu;
const BASE64URL = /^[A-Za-z0-9_-]{10,}={0,2}$/;
const TOKEN = /[\p{L}\p{N}]+/gu;
const RUN_OF_STARS = /\*(?:[-_.:,+~ ]*\*)+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ANY_DIGIT = /\p{Nd}/u;

const NUMBER = /^\p{Nd}+$/u;
const HEX = /^[0-9a-f]{7,}$/i;
const ASCII_ALNUM = /^[A-Za-z0-9]+$/;
const DIGIT = /[0-9]/;
const LOWER = /[a-z]/;
const UPPER = /[A-Z]/;

/** Whether a token (a run of letters and digits) is an identifier, by the rules above. */
export function isIdentifierToken(token: string): boolean {
  if (NUMBER.test(token)) return true;
  if (!ASCII_ALNUM.test(token) || !DIGIT.test(token)) return false;
  if (token.length >= 7 && HEX.test(token)) return true;
  if (token.length >= 16 && /[A-Za-z]/.test(token)) return true;
  return token.length >= 10 && LOWER.test(token) && UPPER.test(token);
}

/** A whole segment that is a base64url token (it may hold `-` and `_`, which split other segments). */
function isBase64Url(segment: string): boolean {
  return (
    BASE64URL.test(segment) &&
    DIGIT.test(segment) &&
    LOWER.test(segment) &&
    UPPER.test(segment) &&
    /[a-z][A-Z]/.test(segment)
  );
}

/** A decoded path segment with its identifiers replaced by `*`; a template segment is returned as is. */
export function templateSegment(segment: string): string {
  // Every rule needs a digit: most segments (`job`, `console`, `display`) have none and are kept.
  if (!ANY_DIGIT.test(segment)) return segment;
  // One token of ASCII letters and digits (a build number, a SHA): the token rules alone decide.
  if (ASCII_ALNUM.test(segment)) return isIdentifierToken(segment) ? '*' : segment;
  if (NUMBER.test(segment) || isBase64Url(segment)) return '*';
  const out = segment
    .replace(UUID, '*')
    .replace(DATE_TIME, '*')
    .replace(TOKEN, (token) => (isIdentifierToken(token) ? '*' : token))
    .replace(RUN_OF_STARS, '*');
  return out.includes('*') && !LETTER_OR_DIGIT.test(out) ? '*' : out;
}
