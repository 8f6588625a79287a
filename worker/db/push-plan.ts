import { type ChangeResult, ChangeSchema, type WireChore, type WireOccurrence } from '../../shared/api/sync';
import { choreKey, describeIssues } from '../../shared/model';
import type { Cell } from './rollups';

export type StoredChore = {
  id: string;
  team_id: string;
  member_id: string;
  key: string;
  updated_at: number;
  deleted: number;
  archived: number;
};
export type StoredOccurrence = {
  id: string;
  team_id: string;
  member_id: string;
  chore_id: string;
  week_start: number;
  updated_at: number;
  deleted: number;
};

export type PushContext = {
  teamId: string;
  memberId: string;
  now: number;
  weekStart: (at: number) => number;
  chores: Map<string, StoredChore>;
  occurrences: Map<string, StoredOccurrence>;
  /** Weeks holding live stored occurrences of each chore in the push. */
  choreWeeks: Map<string, number[]>;
};

export type PushPlan = {
  results: ChangeResult[];
  chores: (WireChore & { key: string })[];
  occurrences: (WireOccurrence & { weekStart: number })[];
  cells: Cell[];
  keys: string[];
};

/** Client clocks are data: an edit stamped more than a day ahead of the server is refused. */
const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** Parses a raw change, or says why not; the id is reported whenever one can be read. */
export function parseChange(
  raw: unknown,
):
  | { ok: true; change: ReturnType<typeof ChangeSchema.parse> }
  | { ok: false; id: string | null; reason: string } {
  const parsed = ChangeSchema.safeParse(raw);
  if (parsed.success) return { ok: true, change: parsed.data };
  return { ok: false, id: readableId(raw), reason: describeIssues(parsed.error).join('; ') };
}

function readableId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const inner = Object.values(raw).find((v) => typeof v === 'object' && v !== null && 'id' in v) as
    | { id?: unknown }
    | undefined;
  const id = inner?.id;
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/**
 * Decides every change of a push against the stored rows: applied, duplicate (the same revision again)
 * or rejected with a reason. Tombstones win: a deleted record is never revived or edited. Records of
 * another member or team are never touched. Chores are decided before occurrences so an occurrence may
 * name a chore created in the same push.
 */
type Revision = { id: string; updatedAt: number; deleted: boolean };
type StoredRevision = { team_id: string; member_id: string; updated_at: number; deleted: number };

/** What to do with one revision of a record, given the stored row (if any). */
function decide(
  record: Revision,
  stored: StoredRevision | undefined,
  label: string,
  ctx: PushContext,
): { status: 'applied' | 'duplicate' } | { status: 'rejected'; reason: string } {
  if (record.updatedAt > ctx.now + MAX_CLOCK_SKEW_MS) {
    return {
      status: 'rejected',
      reason: 'updatedAt is more than a day in the future; check the device clock',
    };
  }
  if (stored && (stored.team_id !== ctx.teamId || stored.member_id !== ctx.memberId)) {
    return { status: 'rejected', reason: `this ${label} id is already in use; generate a new id` };
  }
  if (stored?.deleted === 1) {
    return record.deleted
      ? { status: 'duplicate' }
      : { status: 'rejected', reason: `this ${label} was deleted; deletes win over edits` };
  }
  if (stored && stored.updated_at === record.updatedAt) return { status: 'duplicate' };
  return { status: 'applied' };
}

type LiveChore = { deleted: boolean; keys: string[] };

/**
 * Decides every change of a push against the stored rows: applied, duplicate (the same revision again)
 * or rejected with a reason. Tombstones win: a deleted record is never revived or edited. Records of
 * another member or team are never touched. Chores are decided before occurrences so an occurrence may
 * name a chore created in the same push.
 */
export function planPush(raw: unknown[], ctx: PushContext): PushPlan {
  const results: ChangeResult[] = new Array(raw.length);
  const plan: PushPlan = { results, chores: [], occurrences: [], cells: [], keys: [] };
  const parsed = raw.map(parseChange);
  const seen = new Set<string>();
  const liveChores = new Map<string, LiveChore>();
  for (const [id, c] of ctx.chores) {
    if (c.team_id === ctx.teamId && c.member_id === ctx.memberId)
      liveChores.set(id, { deleted: c.deleted === 1, keys: [c.key] });
  }
  const settle = (
    index: number,
    record: Revision,
    stored: StoredRevision | undefined,
    label: string,
  ): boolean => {
    const once = `${label}:${record.id}`;
    const verdict = seen.has(once)
      ? { status: 'rejected' as const, reason: `this ${label} appears earlier in the same push` }
      : decide(record, stored, label, ctx);
    seen.add(once);
    results[index] = { index, id: record.id, ...verdict };
    return verdict.status === 'applied';
  };

  for (const [index, p] of parsed.entries()) {
    if (!p.ok) {
      results[index] = { index, id: p.id, status: 'rejected', reason: p.reason };
      continue;
    }
    if (p.change.type !== 'chore') continue;
    const chore = p.change.chore;
    const stored = ctx.chores.get(chore.id);
    if (!settle(index, chore, stored, 'chore')) continue;
    const key = choreKey(chore.name);
    plan.chores.push({ ...chore, key });
    const keys = stored ? [stored.key, key] : [key];
    plan.keys.push(...keys);
    liveChores.set(chore.id, { deleted: chore.deleted, keys });
    // A new key, a delete or an archive flag change moves the chore's whole history between rollup cells.
    if (stored && (stored.key !== key || chore.deleted || chore.archived !== (stored.archived === 1))) {
      for (const w of ctx.choreWeeks.get(chore.id) ?? []) for (const k of keys) plan.cells.push({ k, w });
    }
  }

  for (const [index, p] of parsed.entries()) {
    if (!p.ok || p.change.type !== 'occurrence') continue;
    const occ = p.change.occurrence;
    const chore = liveChores.get(occ.choreId);
    const problem = !chore
      ? 'choreId names no chore of yours; push the chore first'
      : chore.deleted && !occ.deleted
        ? 'its chore was deleted'
        : null;
    if (problem || !chore) {
      results[index] = { index, id: occ.id, status: 'rejected', reason: problem ?? '' };
      continue;
    }
    const stored = ctx.occurrences.get(occ.id);
    if (!settle(index, occ, stored, 'occurrence')) continue;
    const weekStart = ctx.weekStart(occ.at);
    plan.occurrences.push({ ...occ, weekStart });
    for (const k of chore.keys) plan.cells.push({ k, w: weekStart });
    if (stored) {
      const before = liveChores.get(stored.chore_id);
      for (const k of before?.keys ?? chore.keys) plan.cells.push({ k, w: stored.week_start });
    }
  }
  return plan;
}
