import { choreKey } from '../../shared/model';
import { visibleNameProblem } from '../../shared/text';
import { limitCounter } from './limits';
import {
  decide,
  inUse,
  type parseChange,
  privateElsewhere,
  type Revision,
  resultOf,
  type Verdict,
} from './push-change';
import { DAY_MS, type Owner, type PushContext, type PushPlan } from './push-types';

type Parsed = ReturnType<typeof parseChange>[];
type LiveChore = { deleted: boolean; keys: string[] };

/**
 * Decides every change of a push against the stored rows: applied, duplicate (the same revision again)
 * or rejected with a reason. Private wins over everything: a chore made private (now, or before on any
 * of the member's devices) takes no other change, in this push or later. Tombstones win: a deleted
 * record is never revived or edited. Records of another member or team are never touched. Chores are
 * decided before occurrences so an occurrence may name a chore created in the same push.
 */
export function planPush(parsed: Parsed, ctx: PushContext): PushPlan {
  const plan: PushPlan = {
    results: new Array(parsed.length),
    chores: [],
    occurrences: [],
    forget: [],
    cells: [],
    keys: [],
  };
  const own = (row: Owner) => row.team_id === ctx.teamId && row.member_id === ctx.memberId;
  const privateIds = new Set([...ctx.privateChores].filter(([, owner]) => own(owner)).map(([id]) => id));
  const seen = new Set<string>();
  const answer = (index: number, id: string | null, verdict: Verdict) => {
    plan.results[index] = resultOf(index, id, verdict);
    return verdict.status === 'applied';
  };
  /** Decides a revision once per push: the same record twice in one push is refused the second time. */
  const settle = (index: number, record: Revision, stored: Parameters<typeof decide>[1], label: string) => {
    const once = `${label}:${record.id}`;
    const verdict: Verdict = seen.has(once)
      ? { status: 'rejected', reason: `this ${label} appears earlier in the same push` }
      : decide(record, stored, label, ctx);
    seen.add(once);
    return answer(index, record.id, verdict);
  };

  for (const [index, p] of parsed.entries()) {
    if (!p.ok) answer(index, p.id, { status: 'rejected', reason: p.reason });
    else if (p.change.type === 'private') {
      const id = p.change.choreId;
      const stored = ctx.chores.get(id);
      const tomb = ctx.privateChores.get(id);
      if ((stored && !own(stored)) || (tomb && !own(tomb))) answer(index, id, inUse('chore'));
      // Already private, or never stored: the server holds none of it already.
      else if (tomb || !stored || privateIds.has(id)) answer(index, id, { status: 'duplicate' });
      else {
        answer(index, id, { status: 'applied' });
        plan.forget.push(id);
        plan.keys.push(stored.key);
        for (const w of ctx.choreWeeks.get(id) ?? []) plan.cells.push({ k: stored.key, w });
      }
      privateIds.add(id);
    }
  }

  const liveChores = new Map<string, LiveChore>();
  for (const [id, c] of ctx.chores) {
    if (own(c) && !privateIds.has(id)) liveChores.set(id, { deleted: c.deleted === 1, keys: [c.key] });
  }
  const joinKey = limitCounter(
    ctx.keyCounts,
    ctx.limits.choresPerMemberKey,
    'chores of yours share this name',
    'choresPerMemberKey',
  );
  for (const [index, p] of parsed.entries()) {
    if (!p.ok || p.change.type !== 'chore') continue;
    const chore = p.change.chore;
    // Another member's private chore keeps its id to itself, as a stored one does.
    const refusal = privateIds.has(chore.id)
      ? privateElsewhere
      : ctx.privateChores.has(chore.id)
        ? inUse('chore')
        : null;
    if (refusal) {
      answer(index, chore.id, refusal);
      continue;
    }
    const stored = ctx.chores.get(chore.id);
    // The name rule (shared/text.ts) holds for a name written: not for a tombstone, nor for a name
    // stored before the rule and sent again unchanged.
    const named = chore.deleted || stored?.name === chore.name ? undefined : visibleNameProblem(chore.name);
    if (named) {
      answer(index, chore.id, { status: 'rejected', reason: `chore.name: ${named}` });
      continue;
    }
    if (!settle(index, chore, stored, 'chore')) continue;
    const key = choreKey(chore.name);
    const over = stored?.key === key ? null : joinKey(key);
    if (over) {
      answer(index, chore.id, over);
      continue;
    }
    plan.chores.push({ ...chore, key });
    const keys = stored ? [stored.key, key] : [key];
    plan.keys.push(...keys);
    liveChores.set(chore.id, { deleted: chore.deleted, keys });
    // A new key, a delete or an archive flag change moves the chore's whole history between rollup cells.
    if (stored && (stored.key !== key || chore.deleted || chore.archived !== (stored.archived === 1))) {
      for (const w of ctx.choreWeeks.get(chore.id) ?? []) for (const k of keys) plan.cells.push({ k, w });
    }
  }

  const joinDay = limitCounter(
    ctx.dayCounts,
    ctx.limits.occurrencesPerMemberDay,
    'occurrences of yours on one UTC day',
    'occurrencesPerMemberDay',
  );
  for (const [index, p] of parsed.entries()) {
    if (!p.ok || p.change.type !== 'occurrence') continue;
    const occ = p.change.occurrence;
    const chore = liveChores.get(occ.choreId);
    const refusal: Verdict | null = privateIds.has(occ.choreId)
      ? privateElsewhere
      : !chore
        ? { status: 'rejected', reason: 'choreId names no chore of yours; push the chore first' }
        : chore.deleted && !occ.deleted
          ? { status: 'rejected', reason: 'its chore was deleted' }
          : null;
    if (refusal || !chore) {
      if (refusal) answer(index, occ.id, refusal);
      continue;
    }
    const stored = ctx.occurrences.get(occ.id);
    if (!settle(index, occ, stored, 'occurrence')) continue;
    const day = Math.floor(occ.at / DAY_MS);
    const over = stored && Math.floor(stored.at / DAY_MS) === day ? null : joinDay(day);
    if (over) {
      answer(index, occ.id, over);
      continue;
    }
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
