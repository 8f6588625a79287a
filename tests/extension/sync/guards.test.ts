// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GONE } from '../../../extension/sync/gone';
import {
  readPullResponse,
  readPushResponse,
  WIRE_SOURCES,
  WIRE_STATUSES,
} from '../../../extension/sync/guards';
import { GONE_REASONS } from '../../../shared/api/errors';
import { PullWithPrivateResponseSchema, PushResponseSchema } from '../../../shared/api/sync';
import { CHORE_STATUSES, NO_TRAITS, OCCURRENCE_SOURCES } from '../../../shared/model';

const T = Date.UTC(2026, 0, 5, 9);

/** A page as the server sends it: a chore (automated, with its optional fields) and two entries. */
function validPage(): Record<string, unknown> {
  return {
    changes: [
      {
        type: 'chore',
        version: 7,
        chore: {
          id: 'chore-aaaa1',
          name: 'Rotate TLS cert',
          traits: { ...NO_TRAITS, manual: true },
          annoyance: 4,
          defaultMinutes: 20,
          status: 'automated',
          automatedAt: T,
          automationHours: 6.5,
          archived: false,
          createdAt: T,
          updatedAt: T,
          deleted: false,
        },
      },
      {
        type: 'occurrence',
        version: 8,
        occurrence: {
          id: 'occ-aaaaaa1',
          choreId: 'chore-aaaa1',
          at: T,
          minutes: 12.5,
          source: 'click',
          updatedAt: T,
          deleted: false,
        },
      },
      {
        type: 'occurrence',
        version: 9,
        occurrence: {
          id: 'occ-aaaaaa2',
          choreId: 'chore-aaaa1',
          at: T + 1,
          minutes: 1440,
          source: 'import',
          updatedAt: T + 1,
          deleted: true,
        },
      },
      { type: 'private', version: 9, choreId: 'chore-bbbb2' },
    ],
    cursor: '9.private.chore-bbbb2',
    more: false,
  };
}

const namesIn = (page: unknown) =>
  JSON.stringify((page as { changes: { chore?: { name?: unknown } }[] }).changes.map((c) => c.chore?.name));

/**
 * What zod reads (unknown fields dropped), counting a value zod would have to rewrite (an untrimmed
 * name) as refused: the guards refuse those, since the server never sends them.
 */
function zodRead(value: unknown): unknown {
  const parsed = PullWithPrivateResponseSchema.safeParse(value);
  return parsed.success && namesIn(parsed.data) === namesIn(value) ? parsed.data : undefined;
}

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  return [
    at,
    ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k])),
  ];
}

/** A copy of `page` with the value at `path` replaced (or its key deleted), or a key added beside it. */
function mutate(page: Record<string, unknown>, path: Path, op: 'set' | 'delete' | 'add', value: unknown) {
  const copy = structuredClone(page);
  if (path.length === 0) return op === 'set' ? value : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) ?? '';
  if (op === 'set') parent[last] = value;
  if (op === 'delete') delete parent[last];
  if (op === 'add') parent.extra = value;
  return copy;
}

const at = (path: Path, value: unknown) => mutate(validPage(), path, 'set', value);
const occ = (field: string, value: unknown) => at(['changes', 1, 'occurrence', field], value);
const chore = (field: string, value: unknown) => at(['changes', 0, 'chore', field], value);

describe('the background’s check of a pull answer (no zod)', () => {
  it('accepts a page the server sends, as the shared schema does', () => {
    expect(readPullResponse(validPage())).toEqual(validPage());
    expect(zodRead(validPage())).toEqual(validPage());
    expect(readPullResponse({ changes: [], cursor: '0', more: false })).toEqual({
      changes: [],
      cursor: '0',
      more: false,
    });
  });

  it('knows the same statuses, sources and reasons for a gone member as the shared code', () => {
    expect(WIRE_STATUSES).toEqual([...CHORE_STATUSES]);
    expect(WIRE_SOURCES).toEqual([...OCCURRENCE_SOURCES]);
    expect(GONE).toEqual([...GONE_REASONS]);
  });

  // A newer server may add fields anywhere: they are dropped, never written, and the page still reads.
  const additions: [string, unknown][] = [
    ['an unknown field on the page', mutate(validPage(), ['more'], 'add', 1)],
    ['an unknown field on a change', mutate(validPage(), ['changes', 0, 'version'], 'add', 'x')],
    ['an unknown field on a tombstone', mutate(validPage(), ['changes', 3, 'choreId'], 'add', [1])],
    ['an unknown trait', mutate(validPage(), ['changes', 0, 'chore', 'traits', 'manual'], 'add', true)],
    ['a note (never on the wire)', occ('note', 'secret host')],
    [
      'a __proto__ field',
      JSON.parse(JSON.stringify(validPage()).replace('"source"', '"__proto__":{"x":1},"source"')),
    ],
    ['a site pattern (never on the wire)', chore('sitePattern', 'github.com')],
    ['a privacy flag (never on the wire)', chore('private', false)],
    ['a key (never on the wire)', chore('key', 'rotate tls cert')],
  ];

  it.each(additions)('reads a page with %s without it, as the shared schema does', (_, page) => {
    expect(readPullResponse(page)).toEqual(validPage());
    expect(zodRead(page)).toEqual(validPage());
    expect(JSON.stringify(readPullResponse(page))).not.toMatch(
      /"extra"|secret|github|__proto__|"key"|"private":/,
    );
  });

  const hostile: [string, unknown][] = [
    ['no body', null],
    ['a list for a page', [validPage()]],
    ['a text for a page', 'changes'],
    ['changes that are no list', at(['changes'], { 0: validPage() })],
    ['no cursor', mutate(validPage(), ['cursor'], 'delete', undefined)],
    ['a number for a cursor', at(['cursor'], 9)],
    ['"more" as text', at(['more'], 'false')],
    ['an unknown type of change', at(['changes', 0, 'type'], 'team')],
    ['a version that is not whole', at(['changes', 1, 'version'], 1.5)],
    ['an occurrence under a chore change', at(['changes', 1, 'type'], 'chore')],
    ['negative minutes', occ('minutes', -5)],
    ['zero minutes', occ('minutes', 0)],
    ['more than a day', occ('minutes', 1441)],
    [
      'infinite minutes',
      JSON.parse(JSON.stringify(validPage()).replace('"minutes":12.5', '"minutes":1e999')),
    ],
    ['minutes as text', occ('minutes', '12')],
    ['a time before 2000', occ('at', Date.UTC(1999, 11, 31))],
    ['a time that is not whole', occ('updatedAt', T + 0.5)],
    ['an id with a slash', occ('id', '../../etc')],
    ['an id too short', occ('choreId', 'abc')],
    ['an unknown source', occ('source', 'server')],
    ['a deleted flag as text', occ('deleted', 'false')],
    ['a name with a control character', chore('name', 'Rotate\u0000cert')],
    ['a name with a text-direction override', chore('name', 'Rotate \u202ecert')],
    ['a name with a lone surrogate', chore('name', 'Rotate \ud800 cert')],
    ['an empty name', chore('name', '')],
    ['a name too long', chore('name', 'x'.repeat(121))],
    ['an annoyance of 6', chore('annoyance', 6)],
    ['negative hours', chore('automationHours', -1)],
    [
      'automated without its date',
      mutate(validPage(), ['changes', 0, 'chore', 'automatedAt'], 'delete', null),
    ],
    ['traits missing one', mutate(validPage(), ['changes', 0, 'chore', 'traits', 'manual'], 'delete', null)],
    ['traits as a list', chore('traits', [true, false])],
    ['an unknown status', chore('status', 'done')],
    ['a tombstone without its chore', mutate(validPage(), ['changes', 3, 'choreId'], 'delete', null)],
    ['a tombstone with a bad id', at(['changes', 3, 'choreId'], 'a/b')],
  ];

  it.each(hostile)('refuses %s, as the shared schema does', (_, page) => {
    expect(readPullResponse(page)).toBeUndefined();
    expect(zodRead(page)).toBeUndefined();
  });

  it('refuses an untrimmed name, which zod would rewrite (the server never sends one)', () => {
    const page = chore('name', ' Rotate TLS cert ');
    expect(readPullResponse(page)).toBeUndefined();
    expect(PullWithPrivateResponseSchema.safeParse(page).success).toBe(true);
  });

  it('reads a name stored before the invisible-character rule, as the shared schema does', () => {
    const page = chore('name', 'Rotate\u200b TLS cert');
    expect(readPullResponse(page)).toEqual(zodRead(page));
    expect(readPullResponse(page)).toBeDefined();
  });

  it('agrees with the shared schema on any one change to a valid page', () => {
    const paths = pathsOf(validPage());
    fc.assert(
      fc.property(
        fc.nat({ max: paths.length - 1 }),
        fc.constantFrom('set' as const, 'delete' as const, 'add' as const),
        fc.oneof(
          fc.jsonValue(),
          fc.constantFrom(0, -1, 1.5, 1e308, T, Date.UTC(2100, 0, 1) + 1, 2 ** 53, 'occ-aaaaaa1', ' x', true),
        ),
        (index, op, value) => {
          const page = mutate(validPage(), paths[index] ?? [], op, value);
          expect(readPullResponse(page)).toEqual(zodRead(page));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the background’s check of a push answer (no zod)', () => {
  const validAnswer = () => ({
    results: [
      { index: 0, id: 'chore-aaaa1', status: 'applied' },
      { index: 1, id: null, status: 'rejected', reason: 'minutes must be more than 0' },
      { index: 2, id: 'occ-aaaaaa2', status: 'duplicate' },
      { index: 3, id: 'chore-bbbb2', status: 'rejected', reason: 'private elsewhere', code: 'private' },
    ],
    version: 12,
  });

  it('accepts an answer the server sends, as the shared schema does', () => {
    expect(readPushResponse(validAnswer())).toEqual(validAnswer());
    expect(PushResponseSchema.parse(validAnswer())).toEqual(validAnswer());
  });

  it('reads an answer with fields and codes this version does not know, as the shared schema does', () => {
    const newer = structuredClone(validAnswer()) as Record<string, unknown> & ReturnType<typeof validAnswer>;
    newer.took = 12;
    Object.assign(newer.results[0] ?? {}, { hint: 'x' });
    Object.assign(newer.results[1] ?? {}, { code: 'quota' });
    const read = {
      ...validAnswer(),
      results: validAnswer().results.map((r, i) => (i === 1 ? { ...r, code: 'quota' } : r)),
    };
    expect(readPushResponse(newer)).toEqual(read);
    expect(PushResponseSchema.parse(newer)).toEqual(read);
  });

  it.each([
    ['a code that is not text', ['results', 3, 'code'], 7],
    ['a status it does not know', ['results', 0, 'status'], 'fine'],
    ['a version as text', ['version'], '12'],
  ] as const)('refuses %s, as the shared schema does', (_, path, value) => {
    const wrong = mutate(validAnswer(), [...path], 'set', value);
    expect(readPushResponse(wrong)).toBeUndefined();
    expect(PushResponseSchema.safeParse(wrong).success).toBe(false);
  });

  it('agrees with the shared schema on any one change to a valid answer', () => {
    const answer = validAnswer();
    const paths = pathsOf(answer);
    fc.assert(
      fc.property(
        fc.nat({ max: paths.length - 1 }),
        fc.constantFrom('set' as const, 'delete' as const, 'add' as const),
        fc.oneof(fc.jsonValue(), fc.constantFrom(0, -1, 1.5, 2 ** 53, null, 'rejected', 'fine', '')),
        (index, op, value) => {
          const changed = mutate(validAnswer(), paths[index] ?? [], op, value);
          expect(readPushResponse(changed)).toEqual(PushResponseSchema.safeParse(changed).data);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
