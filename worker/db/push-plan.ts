import { choreKey } from '../../shared/model';
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
  /** A new record of the member, if both the member's total and the team's have room for it. */
  const room = (member: typeof memberChores) => member.over() ?? teamRecords.over();
  const add = (member: typeof memberChores, kind: keyof PushPlan['counts']) => {
    member.take();
    teamRecords.take();
    plan.counts[kind] += 1;
    plan.added += 1;
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
        // The chore's row gives way to its tombstone; its occurrences go.
        plan.counts.occurrences -= ctx.choreOccurrences.get(id) ?? 0;
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
    if (!settle(index, chore, stored, 'chore')) continue;
    const key = choreKey(chore.name);
    const over = (stored ? null : room(memberChores)) ?? (stored?.key === key ? null : joinKey(key));
    if (over) {
      answer(index, chore.id, over);
      continue;
    }
    if (!stored) add(memberChores, 'chores');
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
    const ahead = datedAhead(occ, stored, ctx.now);
    if (ahead) {
      answer(index, occ.id, ahead);
      continue;
    }
    if (!settle(index, occ, stored, 'occurrence')) continue;
    const day = Math.floor(occ.at / DAY_MS);
    const over =
      (stored ? null : room(memberOccurrences)) ??
      (stored && Math.floor(stored.at / DAY_MS) === day ? null : joinDay(day));
    if (over) {
      answer(index, occ.id, over);
      continue;
    }
    if (!stored) add(memberOccurrences, 'occurrences');
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
