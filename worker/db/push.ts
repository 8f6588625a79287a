import type { PushResponse } from '../../shared/api/sync';
import { parseChange } from './push-change';
import { planPush } from './push-plan';
import { readForPush } from './push-read';
import type { PushLimits } from './push-types';
import { isStalePlan, writeStatements } from './push-write';
import { weekStarter } from './week-of';

/** Why a push wrote nothing and has no per-change answer: the route maps these to 401 and 503. */
export class PushRefused extends Error {
  constructor(readonly reason: 'member_gone' | 'contended') {
    super(reason === 'member_gone' ? 'the member no longer exists' : 'the push kept losing races; retry');
  }
}

/** Read, plan, write attempts before giving up with 503: a race needs another push of the same member. */
export const MAX_ATTEMPTS = 3;

export type PushCaller = {
  teamId: string;
  memberId: string;
  now: number;
  limits: PushLimits;
};

/** A test seam: `afterRead` runs between a push's read and its write (the route passes none). */
export type PushOptions = { afterRead?: () => Promise<void> };

/**
 * Applies a push: reads the stored rows it names, decides each change, then writes everything (records,
 * rollups, the team version) in one batch, which D1 runs as one transaction: all of it or none. The
 * batch's first statement checks that nothing the plan was made from changed since the read; if it did
 * (another push of the same member, an erase, new week settings), the batch fails whole and the push is
 * read and planned again, so the outcome is always that of some serial order of the pushes.
 */
export async function push(
  db: D1Database,
  caller: PushCaller,
  raw: unknown[],
  options: PushOptions = {},
): Promise<PushResponse> {
  const parsed = raw.map(parseChange);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { team, ...stored } = await readForPush(db, caller.teamId, caller.memberId, parsed);
    if (!team?.member) throw new PushRefused('member_gone');
    const weekStart = weekStarter(team.time_zone, team.week_starts_on);
    const held = {
      chores: team.chore_count,
      occurrences: team.occurrence_count,
      teamRecords: team.record_count,
    };
    const plan = planPush(parsed, { ...caller, weekStart, held, ...stored });
    await options.afterRead?.();
    if (plan.chores.length === 0 && plan.occurrences.length === 0 && plan.forget.length === 0) {
      return { results: plan.results, version: team.version };
    }
    try {
      const out = await db.batch<{ version: number }>(writeStatements(db, caller, team, plan));
      return { results: plan.results, version: out.at(-1)?.results[0]?.version ?? 0 };
    } catch (error) {
      if (!isStalePlan(error)) throw error;
    }
  }
  throw new PushRefused('contended');
}
