import { choreKey } from '../../shared/model';
import { visibleNameProblem } from '../../shared/text';
import { limitCounter, totalCounter } from './limits';
import {
  datedAhead,
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

/** What the three passes of a push's plan share: the plan so far, the limits' counters, the answers. */
type Planner = ReturnType<typeof planner>;

function planner(parsed: Parsed, ctx: PushContext) {
  const plan: PushPlan = {
    results: new Array(parsed.length),
    chores: [],
    occurrences: [],
    forget: [],
    cells: [],
    keys: [],
    counts: { chores: 0, occurrences: 0 },
    added: 0,
  };
  const { held, limits } = ctx;
  const memberChores = totalCounter(
    held.chores,
    limits.choresPerMember,
    'chores of yours',
    'choresPerMember',
  );
  const memberOccurrences = totalCounter(
    held.occurrences,
    limits.occurrencesPerMember,
    'occurrences of yours',
    'occurrencesPerMember',
  );
  const teamRecords = totalCounter(
    held.teamRecords,
    limits.recordsPerTeam,
    'chores and occurrences in your team',
    'recordsPerTeam',
  );
  const own = (row: Owner) => row.team_id === ctx.teamId && row.member_id === ctx.memberId;
  const seen = new Set<string>();
  const answer = (index: number, id: string | null, verdict: Verdict) => {
    plan.results[index] = resultOf(index, id, verdict);
    return verdict.status === 'applied';
  };
  return {
    ctx,
    plan,
    own,
    memberChores,
    memberOccurrences,
    /** Chores private on one of the member's devices: stored tombstones, and those this push makes. */
    privateIds: new Set([...ctx.privateChores].filter(([, owner]) => own(owner)).map(([id]) => id)),
    answer,
    /** A new record of the member, if both the member's total and the team's have room for it. */
    room: (member: typeof memberChores) => member.over() ?? teamRecords.over(),
    add(member: typeof memberChores, kind: keyof PushPlan['counts']) {
      member.take();
      teamRecords.take();
      plan.counts[kind] += 1;
      plan.added += 1;
    },
    /** Decides a revision once per push: the same record twice in one push is refused the second time. */
    settle(index: number, record: Revision, stored: Parameters<typeof decide>[1], label: string) {
      const once = `${label}:${record.id}`;
      const verdict: Verdict = seen.has(once)
        ? { status: 'rejected', reason: `this ${label} appears earlier in the same push` }
        : decide(record, stored, label, ctx);
      seen.add(once);
      return answer(index, record.id, verdict);
    },
  };
}

/** First pass: the chores made private (and what could not be parsed). Private wins over everything. */
function planPrivate(p: Planner, parsed: Parsed): void {
  const { ctx, plan, own, privateIds, answer } = p;
  for (const [index, change] of parsed.entries()) {
    if (!change.ok) answer(index, change.id, { status: 'rejected', reason: change.reason });
    else if (change.change.type === 'private') {
      const id = change.change.choreId;
      const stored = ctx.chores.get(id);
      const tomb = ctx.privateChores.get(id);
      if ((stored && !own(stored)) || (tomb && !own(tomb))) answer(index, id, inUse('chore'));
      // Already private, or never stored: the server holds none of it already.
      else if (tomb || !stored || privateIds.has(id)) answer(index, id, { status: 'duplicate' });
      else {
        answer(index, id, { status: 'applied' });
        plan.forget.push(id);
        // The chore's row gives way to its tombstone; its occurrences go.
        plan.counts.occurrences -= ctx.choreOccurrences.get(id) ?? 0;
        plan.keys.push(stored.key);
        for (const w of ctx.choreWeeks.get(id) ?? []) plan.cells.push({ k: stored.key, w });
      }
      privateIds.add(id);
    }
  }
}

/** Second pass: the chores. Answers the member's live chores after it, which occurrences may name. */
function planChores(p: Planner, parsed: Parsed): Map<string, LiveChore> {
  const { ctx, plan, own, privateIds, answer } = p;
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
  for (const [index, change] of parsed.entries()) {
    if (!change.ok || change.change.type !== 'chore') continue;
    const chore = change.change.chore;
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
    if (!p.settle(index, chore, stored, 'chore')) continue;
    const key = choreKey(chore.name);
    const over = (stored ? null : p.room(p.memberChores)) ?? (stored?.key === key ? null : joinKey(key));
    if (over) {
      answer(index, chore.id, over);
      continue;
    }
    if (!stored) p.add(p.memberChores, 'chores');
    plan.chores.push({ ...chore, key });
    const keys = stored ? [stored.key, key] : [key];
    plan.keys.push(...keys);
    liveChores.set(chore.id, { deleted: chore.deleted, keys });
    // A new key, a delete or an archive flag change moves the chore's whole history between rollup cells.
    if (stored && (stored.key !== key || chore.deleted || chore.archived !== (stored.archived === 1))) {
      for (const w of ctx.choreWeeks.get(chore.id) ?? []) for (const k of keys) plan.cells.push({ k, w });
    }
  }
  return liveChores;
}

/** Why an occurrence cannot be logged onto the chore it names, or null when it can. */
function occurrenceRefusal(
  p: Planner,
  choreId: string,
  chore: LiveChore | undefined,
  deleted: boolean,
): Verdict | null {
  if (p.privateIds.has(choreId)) return privateElsewhere;
  if (!chore) return { status: 'rejected', reason: 'choreId names no chore of yours; push the chore first' };
  if (chore.deleted && !deleted) return { status: 'rejected', reason: 'its chore was deleted' };
  return null;
}

/** Third pass: the occurrences, onto the chores as the second pass left them. */
function planOccurrences(p: Planner, parsed: Parsed, liveChores: Map<string, LiveChore>): void {
  const { ctx, plan, answer } = p;
  const joinDay = limitCounter(
    ctx.dayCounts,
    ctx.limits.occurrencesPerMemberDay,
    'occurrences of yours on one UTC day',
    'occurrencesPerMemberDay',
  );
  for (const [index, change] of parsed.entries()) {
    if (!change.ok || change.change.type !== 'occurrence') continue;
    const occ = change.change.occurrence;
    const chore = liveChores.get(occ.choreId);
    const refusal = occurrenceRefusal(p, occ.choreId, chore, occ.deleted);
    if (refusal || !chore) {
      if (refusal) answer(index, occ.id, refusal);
      continue;
    }
    const stored = ctx.occurrences.get(occ.id);
    const ahead = datedAhead(occ, stored, ctx.now);
    if (ahead) {
      answer(index, occ.id, ahead);
      continue;
    }
    if (!p.settle(index, occ, stored, 'occurrence')) continue;
    const day = Math.floor(occ.at / DAY_MS);
    const over =
      (stored ? null : p.room(p.memberOccurrences)) ??
      (stored && Math.floor(stored.at / DAY_MS) === day ? null : joinDay(day));
    if (over) {
      answer(index, occ.id, over);
      continue;
    }
    if (!stored) p.add(p.memberOccurrences, 'occurrences');
    const weekStart = ctx.weekStart(occ.at);
    plan.occurrences.push({ ...occ, weekStart });
    for (const k of chore.keys) plan.cells.push({ k, w: weekStart });
    if (stored) {
      const before = liveChores.get(stored.chore_id);
      for (const k of before?.keys ?? chore.keys) plan.cells.push({ k, w: stored.week_start });
    }
  }
}

/**
 * Decides every change of a push against the stored rows: applied, duplicate (the same revision again)
 * or rejected with a reason. Private wins over everything: a chore made private (now, or before on any
 * of the member's devices) takes no other change, in this push or later. Tombstones win: a deleted
 * record is never revived or edited. Records of another member or team are never touched. Chores are
 * decided before occurrences so an occurrence may name a chore created in the same push. A change that
 * would add a record is refused once the member's total of its kind or the team's is reached (what a
 * push frees counts from the next push on); the plan says how the counters move.
 */
export function planPush(parsed: Parsed, ctx: PushContext): PushPlan {
  const p = planner(parsed, ctx);
  planPrivate(p, parsed);
  const liveChores = planChores(p, parsed);
  planOccurrences(p, parsed, liveChores);
  return p.plan;
}
