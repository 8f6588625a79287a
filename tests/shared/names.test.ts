import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ViewLinkRequestSchema } from '../../shared/api/leaderboard';
import { WireChoreSchema } from '../../shared/api/sync';
import { DisplayNameSchema, TeamNameSchema } from '../../shared/api/teams';
import { ChoreNameSchema, ChoreSchema, describeIssues, StoredChoreSchema } from '../../shared/model';
import { FORBIDDEN_CHARS, MAX_NAME_LENGTH, nameProblem } from '../../shared/text';
import { chore } from './fixtures';

const cp = (...points: number[]) => String.fromCodePoint(...points);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Characters nobody can see or tell from a blank, wherever they stand: format characters (Cf), the
 * blank-looking Hangul fillers and Braille blank, the line and paragraph separators, tag characters,
 * the bidi controls, and the joiners and selectors (which may stay only where they draw something: not
 * between the Latin letters these tests put them in).
 */
const INVISIBLE = [
  0x00ad,
  0x034f,
  0x061c,
  0x115f,
  0x1160,
  0x17b4,
  0x17b5,
  0x180e,
  0x200b,
  0x200c,
  0x200d,
  0x200e,
  0x200f,
  ...range(0x202a, 0x202e),
  ...range(0x2060, 0x206f),
  0x2028,
  0x2029,
  0x2800,
  0x3164,
  0xfe0e,
  0xfe0f,
  0xfeff,
  0xffa0,
  0xfff9,
  0xfffa,
  0xfffb,
  0x1d173,
  0x1d17a,
  ...range(0xe0000, 0xe007f),
  0xe0100,
  0xe01ef,
].map((p) => cp(p));

/** Names people write, in many scripts, with the emoji sequences a polished product must take. */
const ORDINARY = [
  'Restart flaky job',
  'Zoë',
  'Renée Müller',
  'Łukasz Żółć',
  'Ærøskøbing',
  'İstanbul deploy',
  'Ангелина',
  'Ελένη',
  '王小明',
  '山田 太郎',
  '김민준',
  'ไทย',
  'עברית',
  'محمد',
  `می${cp(0x200c)}خواهم`, // Persian: the non-joiner keeps the two letters apart, visibly
  `क्${cp(0x200d)}ष`, // Devanagari: the joiner asks for a half form
  `ශ්${cp(0x200d)}රී`, // Sinhala: the joiner makes the yansaya
  'ᠮᠣᠩᠭᠣᠯ',
  `${cp(0x1f469, 0x200d, 0x1f4bb)} on call`, // woman technologist
  cp(0x1f3f3, 0xfe0f, 0x200d, 0x1f308), // rainbow flag
  cp(0x1f469, 0x200d, 0x2764, 0xfe0f, 0x200d, 0x1f468), // couple with heart
  cp(0x1f9d1, 0x1f3fd, 0x200d, 0x1f4bb), // technologist, medium skin tone
  `${cp(0x2764, 0xfe0f)} deploys`,
  `${cp(0x31, 0xfe0f, 0x20e3)} first`, // keycap 1
  cp(0x1f44d, 0x1f3fd),
  cp(0x1f3f4, 0xe0067, 0xe0062, 0xe0073, 0xe0063, 0xe0074, 0xe007f), // Scotland
  cp(0x1f1eb, 0x1f1f7), // France
  'Deploy v2.1 (prod)',
  'C++ build',
  'x',
];

const ordinaryName = fc
  .array(fc.constantFrom(...ORDINARY), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(' '))
  .filter((name) => name.length <= MAX_NAME_LENGTH);

describe('names: the one rule for every name stored', () => {
  it('accepts ordinary names in many scripts, emoji sequences included', () => {
    fc.assert(
      fc.property(ordinaryName, (name) => {
        expect(nameProblem(name)).toBeUndefined();
      }),
    );
  });

  it('refuses any invisible character put anywhere in a Latin name, and names it', () => {
    const latin = fc.constantFrom('Admin', 'Restart flaky job', 'Renée', 'x');
    fc.assert(
      fc.property(latin, fc.constantFrom(...INVISIBLE), fc.nat(), (name, invisible, at) => {
        const where = at % (name.length + 1);
        const hex = invisible.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
        // Direction overrides and isolates were refused before, with their own message.
        expect(nameProblem(name.slice(0, where) + invisible + name.slice(where))).toBe(
          FORBIDDEN_CHARS.test(invisible)
            ? 'name contains control or text-direction characters'
            : `name contains an invisible character (U+${hex}); remove it`,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an invisible character put into any ordinary name at its start or end', () => {
    // A selector after what it selects a form of is drawn as that form (redundant, perhaps, not hidden).
    const selects = (name: string, invisible: string) =>
      (/^[\uFE0E\uFE0F]$/u.test(invisible) && /\p{Extended_Pictographic}$/u.test(name)) ||
      (/^[\u180B\u180F]$/u.test(invisible) && /\p{scx=Mongolian}$/u.test(name));
    fc.assert(
      fc.property(ordinaryName, fc.constantFrom(...INVISIBLE), fc.boolean(), (name, invisible, first) => {
        fc.pre(first || !selects(name, invisible));
        expect(nameProblem(first ? invisible + name : name + invisible)).toMatch(
          /invisible character|text-direction/,
        );
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['Admin + U+200B', `Admin${cp(0x200b)}`, 'U+200B'],
    ['U+200F + Admin', `${cp(0x200f)}Admin`, 'U+200F'],
    ['U+3164 alone', cp(0x3164), 'U+3164'],
    ['U+2800 alone', cp(0x2800), 'U+2800'],
    ['zero-width only', cp(0x200b, 0x200c, 0x200d), 'U+200B'],
    ['a joiner between Latin letters', `Ad${cp(0x200d)}min`, 'U+200D'],
    ['a tag character after a flag', `${cp(0x1f3f4, 0xe0041)}`, 'U+E0041'],
  ])('refuses %s', (_, name, code) => {
    expect(nameProblem(name)).toBe(`name contains an invisible character (${code}); remove it`);
  });

  it('refuses, with its own label, every name the server stores', () => {
    const bad = `Admin${cp(0x200b)}`;
    const problems = (
      schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
      v: unknown,
    ) => {
      const result = schema.safeParse(v);
      return result.success ? [] : describeIssues(result.error as Parameters<typeof describeIssues>[0]);
    };
    expect(problems(ChoreNameSchema, bad)).toEqual([
      'name contains an invisible character (U+200B); remove it',
    ]);
    expect(problems(TeamNameSchema, bad)).toEqual([
      'team name contains an invisible character (U+200B); remove it',
    ]);
    expect(problems(DisplayNameSchema, cp(0x3164))).toEqual([
      'display name contains an invisible character (U+3164); remove it',
    ]);
    expect(problems(ViewLinkRequestSchema, { label: cp(0x2800) })).toEqual([
      'label: label contains an invisible character (U+2800); remove it',
    ]);
    expect(problems(DisplayNameSchema, '  ')).toEqual(['display name must not be empty']);
    expect(problems(TeamNameSchema, 'Platform team')).toEqual([]);
  });

  it('keeps names stored before the rule readable: the stored-chore and wire schemas take them', () => {
    const legacy = { ...chore(), name: `Deploy${cp(0x200b)}` };
    expect(StoredChoreSchema.safeParse(legacy).success).toBe(true);
    expect(ChoreSchema.safeParse(legacy).success).toBe(false);
    // The server holds a new or changed name to the rule when it plans a push (worker/db/push-plan.ts).
    const { key: _key, private: _private, ...wire } = legacy;
    expect(WireChoreSchema.safeParse(wire).success).toBe(true);
  });
});
