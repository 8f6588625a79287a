/**
 * The checks of the server's push and pull answers for the background, which ships without zod (its
 * size budget): the same rules as PushResponseSchema and PullResponseSchema in shared/api/sync.ts
 * (strict objects, ids, times, minutes, names), built on shared/text.ts where the rules exist without
 * zod. Stricter in one way: a name must come trimmed (the server stores names trimmed; zod would trim).
 * tests/extension/sync/guards.test.ts holds both to the same answers, on hostile answers and on random
 * mutations of valid ones; tests/extension/sync/session.test.ts runs the sync session with both.
 */
import type { PullResponse, PushResponse } from '../../shared/api/sync';
import { TOIL_TRAITS } from '../../shared/chore-record';
import { minutesProblem, nameProblem } from '../../shared/text';
import type { Check } from './http';
import type { AnswerChecks } from './session';

// shared/model.ts holds these next to zod schemas; importing them would bring zod along.
export const WIRE_STATUSES = ['manual', 'automating', 'automated'];
export const WIRE_SOURCES = ['click', 'shortcut', 'context-menu', 'timer', 'form', 'import', 'discovered'];
const FIRST_TIME = Date.UTC(2000, 0, 1);
const LAST_TIME = Date.UTC(2100, 0, 1);
const ID = /^[A-Za-z0-9_-]{8,64}$/;

type Rule = (value: unknown) => boolean;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object with exactly these fields (optional ones may be missing), each passing its check. */
function strict(required: Record<string, Rule>, optional: Record<string, Rule> = {}) {
  return (v: unknown): v is Record<string, unknown> =>
    isRecord(v) &&
    Object.keys(v).every((k) => Object.hasOwn(required, k) || Object.hasOwn(optional, k)) &&
    Object.entries(required).every(([k, check]) => check(v[k])) &&
    Object.entries(optional).every(([k, check]) => v[k] === undefined || check(v[k]));
}

const int =
  (min: number, max: number): Rule =>
  (v) =>
    Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const oneOf =
  (values: readonly unknown[]): Rule =>
  (v) =>
    values.includes(v);
const bool: Rule = (v) => typeof v === 'boolean';
const id: Rule = (v) => typeof v === 'string' && ID.test(v);
const time = int(FIRST_TIME, LAST_TIME);
const minutes: Rule = (v) => minutesProblem(v) === undefined;
const hours: Rule = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100_000;
const name: Rule = (v) => typeof v === 'string' && v === v.trim() && nameProblem(v) === undefined;
const synced = { updatedAt: time, deleted: bool };

const choreFields = strict(
  {
    id,
    name,
    traits: strict(Object.fromEntries(TOIL_TRAITS.map((t) => [t, bool]))),
    annoyance: int(1, 5),
    defaultMinutes: minutes,
    status: oneOf(WIRE_STATUSES),
    archived: bool,
    createdAt: time,
    ...synced,
  },
  { automatedAt: time, automationHours: hours, automationEstimateHours: hours, upkeepHoursPerYear: hours },
);
const wireChore: Rule = (v) => choreFields(v) && (v.status !== 'automated' || v.automatedAt !== undefined);

const wireOccurrence = strict({
  id,
  choreId: id,
  at: time,
  minutes,
  source: oneOf(WIRE_SOURCES),
  ...synced,
});

const version = int(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
const pulledChange: Rule = (v) =>
  strict({ type: oneOf(['chore']), version, chore: wireChore })(v) ||
  strict({ type: oneOf(['occurrence']), version, occurrence: wireOccurrence })(v);

/** True for a well-formed pull answer; anything else is never written (the sync counts as failed). */
export const isPullResponse = (body: unknown): body is PullResponse =>
  strict({
    // Array.from: every() would skip the holes of a sparse list.
    changes: (v) => Array.isArray(v) && Array.from(v).every(pulledChange),
    cursor: (v) => typeof v === 'string',
    more: bool,
  })(body);

const changeResult = strict(
  {
    index: int(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    id: (v) => v === null || typeof v === 'string',
    status: oneOf(['applied', 'duplicate', 'rejected']),
  },
  { reason: (v) => typeof v === 'string' },
);

/** True for a well-formed push answer; anything else settles nothing (the sync counts as failed). */
export const isPushResponse = (body: unknown): body is PushResponse =>
  strict({
    results: (v) => Array.isArray(v) && Array.from(v).every(changeResult),
    version,
  })(body);

const guard =
  <T>(is: (body: unknown) => body is T): Check<T> =>
  (body) =>
    is(body) ? body : undefined;

/** The background's answer checks for the sync session (the pages use zod: engine.ts). */
export const guardChecks: AnswerChecks = { push: guard(isPushResponse), pull: guard(isPullResponse) };
