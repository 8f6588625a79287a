/**
 * The readers of the server's push and pull answers for the background, which ships without zod (its
 * size budget): the same rules as PushResponseSchema and PullWithPrivateResponseSchema in
 * shared/api/sync.ts (ids, times, minutes, names), built on shared/text.ts where the rules exist without
 * zod. Like those schemas they read leniently: a field this version does not know is dropped (a newer
 * server may add fields), a known field of the wrong kind refuses the answer. Stricter in one way: a name
 * must come trimmed (the server stores names trimmed; zod would trim). tests/extension/sync/guards.test.ts
 * holds both to the same answers, on hostile answers and on random mutations of valid ones;
 * tests/extension/sync/session.test.ts runs the sync session with both.
 */
import type { PullWithPrivateResponse, PushResponse } from '../../shared/api/sync';
import { TOIL_TRAITS } from '../../shared/chore-record';
import { minutesProblem, storedNameProblem } from '../../shared/text';
import type { Check } from './http';
import type { AnswerChecks } from './session';

// shared/model.ts holds these next to zod schemas; importing them would bring zod along.
export const WIRE_STATUSES = ['manual', 'automating', 'automated'];
export const WIRE_SOURCES = ['click', 'shortcut', 'context-menu', 'timer', 'form', 'import', 'discovered'];
const FIRST_TIME = Date.UTC(2000, 0, 1);
const LAST_TIME = Date.UTC(2100, 0, 1);
const ID = /^[A-Za-z0-9_-]{8,64}$/;

/** What a reader answers for a value it refuses. */
const NO = Symbol('refused');
/** The value as read (objects: a copy holding only the known fields), or NO. */
type Reader = (value: unknown) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A leaf: the value itself when it passes. */
const when =
  (test: (v: unknown) => boolean): Reader =>
  (v) =>
    test(v) ? v : NO;

/**
 * An object with these fields (optional ones may be missing), each read by its reader; fields not named
 * are dropped. The copy is built from the names here only, so no hostile key (`__proto__`) is carried.
 */
function fields(required: Record<string, Reader>, optional: Record<string, Reader> = {}): Reader {
  return (v) => {
    if (!isRecord(v)) return NO;
    const out: Record<string, unknown> = {};
    for (const [k, read] of Object.entries(required)) {
      const value = read(Object.hasOwn(v, k) ? v[k] : undefined);
      if (value === NO) return NO;
      out[k] = value;
    }
    for (const [k, read] of Object.entries(optional)) {
      if (!Object.hasOwn(v, k) || v[k] === undefined) continue;
      const value = read(v[k]);
      if (value === NO) return NO;
      out[k] = value;
    }
    return out;
  };
}

/** A list whose every item reads (Array.from: holes of a sparse list count as undefined). */
const listOf =
  (read: Reader): Reader =>
  (v) => {
    if (!Array.isArray(v)) return NO;
    const out = Array.from(v, read);
    return out.includes(NO) ? NO : out;
  };

/** The first reader that accepts the value. */
const either =
  (...readers: Reader[]): Reader =>
  (v) => {
    for (const read of readers) {
      const value = read(v);
      if (value !== NO) return value;
    }
    return NO;
  };

const int = (min: number, max: number) =>
  when((v) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max);
const oneOf = (values: readonly unknown[]) => when((v) => values.includes(v));
const bool = when((v) => typeof v === 'boolean');
const text = when((v) => typeof v === 'string');
const id = when((v) => typeof v === 'string' && ID.test(v));
const time = int(FIRST_TIME, LAST_TIME);
const minutes = when((v) => minutesProblem(v) === undefined);
const hours = when((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100_000);
// As PulledChoreSchema: a name stored before the invisible-character rule is read as it is.
const name = when((v) => typeof v === 'string' && v === v.trim() && storedNameProblem(v) === undefined);
const version = int(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
const synced = { updatedAt: time, deleted: bool };

const choreFields = fields(
  {
    id,
    name,
    traits: fields(Object.fromEntries(TOIL_TRAITS.map((t) => [t, bool]))),
    annoyance: int(1, 5),
    defaultMinutes: minutes,
    status: oneOf(WIRE_STATUSES),
    archived: bool,
    createdAt: time,
    ...synced,
  },
  { automatedAt: time, automationHours: hours, automationEstimateHours: hours, upkeepHoursPerYear: hours },
);
const wireChore: Reader = (v) => {
  const chore = choreFields(v) as Record<string, unknown> | typeof NO;
  return chore !== NO && chore.status === 'automated' && chore.automatedAt === undefined ? NO : chore;
};

const wireOccurrence = fields({
  id,
  choreId: id,
  at: time,
  minutes,
  source: oneOf(WIRE_SOURCES),
  ...synced,
});

const pulledChange = either(
  fields({ type: oneOf(['chore']), version, chore: wireChore }),
  fields({ type: oneOf(['occurrence']), version, occurrence: wireOccurrence }),
  fields({ type: oneOf(['private']), version, choreId: id }),
);

const pullResponse = fields({ changes: listOf(pulledChange), cursor: text, more: bool });

const pushResponse = fields({
  results: listOf(
    fields(
      {
        index: version,
        id: when((v) => v === null || typeof v === 'string'),
        status: oneOf(['applied', 'duplicate', 'rejected']),
      },
      { reason: text, code: text },
    ),
  ),
  version,
});

/** Reads an answer: its known fields, or undefined when it is not an answer this version knows. */
const checkWith =
  <T>(read: Reader): Check<T> =>
  (body) => {
    const value = read(body);
    return value === NO ? undefined : (value as T);
  };

/** A pull answer's known fields; undefined for anything else (never written: the sync counts as failed). */
export const readPullResponse = checkWith<PullWithPrivateResponse>(pullResponse);
/** A push answer's known fields; undefined for anything else (settles nothing: the sync counts as failed). */
export const readPushResponse = checkWith<PushResponse>(pushResponse);

/** The background's answer checks for the sync session (the pages use zod: engine.ts). */
export const guardChecks: AnswerChecks = { push: readPushResponse, pull: readPullResponse };
