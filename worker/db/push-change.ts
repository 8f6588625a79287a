import { type ChangeResult, ChangeSchema, type PushChange, type RejectionCode } from '../../shared/api/sync';
import { describeIssues } from '../../shared/model';

/**
 * Client clocks are data: an edit stamped more than a day ahead of the server is refused, and so is an
 * occurrence dated more than a day ahead (the per-day limit then bounds the days up to tomorrow, not every
 * day to 2100).
 */
const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** The reason given with code 'private'; clients match the code, people read this. */
export const PRIVATE_REASON = 'this chore is private on another of your devices; the server keeps none of it';

/** Parses a raw change, or says why not; the id is reported whenever one can be read. */
export function parseChange(
  raw: unknown,
): { ok: true; change: PushChange } | { ok: false; id: string | null; reason: string } {
  const parsed = ChangeSchema.safeParse(raw);
  if (parsed.success) return { ok: true, change: parsed.data };
  return { ok: false, id: readableId(raw), reason: describeIssues(parsed.error).join('; ') };
}

function readableId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const inner = Object.values(raw).find((v) => typeof v === 'object' && v !== null && 'id' in v) as
    | { id?: unknown }
    | undefined;
  const id = inner?.id ?? (raw as { choreId?: unknown }).choreId;
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

export type Verdict =
  | { status: 'applied' | 'duplicate' }
  | { status: 'rejected'; reason: string; code?: RejectionCode };
export type Revision = { id: string; updatedAt: number; deleted: boolean };
type StoredRevision = { team_id: string; member_id: string; updated_at: number; deleted: number };

/** What to do with one revision of a record, given the stored row (if any). */
export function decide(
  record: Revision,
  stored: StoredRevision | undefined,
  label: string,
  ctx: { teamId: string; memberId: string; now: number },
): Verdict {
  if (record.updatedAt > ctx.now + MAX_CLOCK_SKEW_MS) {
    return {
      status: 'rejected',
      reason: 'updatedAt is more than a day in the future; check the device clock',
    };
  }
  if (stored && (stored.team_id !== ctx.teamId || stored.member_id !== ctx.memberId)) return inUse(label);
  if (stored?.deleted === 1) {
    return record.deleted
      ? { status: 'duplicate' }
      : { status: 'rejected', reason: `this ${label} was deleted; deletes win over edits` };
  }
  if (stored && stored.updated_at === record.updatedAt) return { status: 'duplicate' };
  return { status: 'applied' };
}

/**
 * An occurrence dated more than a day after `now`, unless it deletes one the server holds (one stored
 * before this rule can still go).
 */
export function datedAhead(
  occ: { at: number; deleted: boolean },
  stored: unknown,
  now: number,
): Verdict | null {
  if (occ.at <= now + MAX_CLOCK_SKEW_MS || (occ.deleted && stored)) return null;
  return { status: 'rejected', reason: 'at is more than a day in the future; check the device clock' };
}

export const inUse = (label: string): Verdict => ({
  status: 'rejected',
  reason: `this ${label} id is already in use; generate a new id`,
});

export const privateElsewhere: Verdict = { status: 'rejected', reason: PRIVATE_REASON, code: 'private' };

/** The answer to change `index` of a push. */
export const resultOf = (index: number, id: string | null, verdict: Verdict): ChangeResult => ({
  index,
  id,
  ...verdict,
});
