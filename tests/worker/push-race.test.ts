import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { eraseMember } from '../../worker/db/erase';
import { DEFAULT_LIMITS } from '../../worker/db/limits';
import { MAX_ATTEMPTS, push } from '../../worker/db/push';
import app from '../../worker/index';
import {
  BASE,
  call,
  chore,
  choreChange,
  countRows,
  createTeam,
  join,
  occurrence,
  occurrenceChange,
  pushChanges,
  T0,
} from './helpers';
import { rollupsAndTruth, teamOf } from './rollup-truth';

/**
 * A push reads, plans, then writes. These tests commit a second push (the member's other browser) or an
 * erase between the first push's read and its write, through the push's `afterRead` seam, and check
 * that the outcome is the one of some serial order in which deletes win.
 */
async function member() {
  const team = await createTeam();
  const m = await join(team);
  return { ...m, team, teamId: await teamOf(m.memberId) };
}

const createTeamOf = async (m: { team: Awaited<ReturnType<typeof createTeam>> }) => m.team;

type Member = Awaited<ReturnType<typeof member>>;

/** Device 1's push, with `between` run once after its read; the route never passes a hook. */
function pushWithGap(m: Member, changes: unknown[], between: () => Promise<unknown>) {
  let ran = 0;
  const caller = { teamId: m.teamId, memberId: m.memberId, now: Date.now(), limits: DEFAULT_LIMITS };
  const result = push(env.DB, caller, changes, {
    afterRead: async () => {
      if (ran++ === 0) await between();
    },
  });
  return { result, ran: () => ran };
}

describe('pushes racing between read and write', () => {
  it('does not store a log onto a chore another device deleted in the gap, and counts nothing of it', async () => {
    const m = await member();
    const c = chore();
    await pushChanges(m.token, [choreChange(c), occurrenceChange(occurrence(c.id))]);
    const late = occurrence(c.id, { minutes: 33 });
    const first = pushWithGap(m, [occurrenceChange(late)], () =>
      pushChanges(m.token, [choreChange({ ...c, deleted: true, updatedAt: T0 + 1000 })]),
    );
    const out = await first.result;
    expect(first.ran()).toBeGreaterThan(0);
    expect(out.results[0]).toMatchObject({ status: 'rejected', reason: expect.stringContaining('deleted') });
    expect(await countRows('occurrences', 'id = ? AND deleted = 0', late.id)).toBe(0);
    const { stored, truth } = await rollupsAndTruth(m.teamId);
    expect(stored).toEqual(truth);
    expect(stored.week).toEqual([]);
  });

  it('counts a log under the new key when another device renamed its chore in the gap', async () => {
    const m = await member();
    const c = chore({ name: 'Alpha' });
    await pushChanges(m.token, [choreChange(c), occurrenceChange(occurrence(c.id))]);
    const first = pushWithGap(m, [occurrenceChange(occurrence(c.id, { minutes: 20 }))], () =>
      pushChanges(m.token, [choreChange({ ...c, name: 'Beta', updatedAt: T0 + 1000 })]),
    );
    expect((await first.result).results[0]?.status).toBe('applied');
    const { stored, truth } = await rollupsAndTruth(m.teamId);
    expect(stored).toEqual(truth);
    expect(stored.week).toEqual([{ k: 'beta', w: expect.any(Number), n: 2, m: 30, p: 1 }]);
  });

  it('counts both logs when two devices of one member log onto one chore at once', async () => {
    const m = await member();
    const c = chore();
    await pushChanges(m.token, [choreChange(c)]);
    const first = pushWithGap(m, [occurrenceChange(occurrence(c.id, { minutes: 4 }))], () =>
      pushChanges(m.token, [occurrenceChange(occurrence(c.id, { minutes: 6 }))]),
    );
    expect((await first.result).results[0]?.status).toBe('applied');
    const { stored, truth } = await rollupsAndTruth(m.teamId);
    expect(stored).toEqual(truth);
    expect(stored.week).toEqual([{ k: 'restart flaky job', w: expect.any(Number), n: 2, m: 10, p: 1 }]);
  });

  it('does not make a push read again for another member’s push in its gap', async () => {
    const m = await member();
    const mate = await join(await createTeamOf(m));
    const c = chore();
    const theirs = chore();
    const first = pushWithGap(m, [choreChange(c), occurrenceChange(occurrence(c.id, { minutes: 4 }))], () =>
      pushChanges(mate.token, [choreChange(theirs), occurrenceChange(occurrence(theirs.id, { minutes: 6 }))]),
    );
    expect((await first.result).results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(first.ran()).toBe(1);
    const { stored, truth } = await rollupsAndTruth(m.teamId);
    expect(stored).toEqual(truth);
    expect(stored.week).toEqual([{ k: 'restart flaky job', w: expect.any(Number), n: 2, m: 10, p: 2 }]);
  });

  it('writes nothing for a member erased in the gap, and says the member is gone', async () => {
    const m = await member();
    const c = chore();
    const first = pushWithGap(m, [choreChange(c), occurrenceChange(occurrence(c.id))], async () => {
      expect((await call('/v1/me/data', { method: 'DELETE', token: m.token })).status).toBe(200);
    });
    await expect(first.result).rejects.toMatchObject({ reason: 'member_gone' });
    expect(first.ran()).toBeGreaterThan(0);
    expect(await countRows('chores', 'member_id = ?', m.memberId)).toBe(0);
    expect(await countRows('occurrences', 'member_id = ?', m.memberId)).toBe(0);
    expect(await countRows('member_week_totals', 'member_id = ?', m.memberId)).toBe(0);
    const { stored, truth } = await rollupsAndTruth(m.teamId);
    expect(stored).toEqual(truth);
  });

  it('gives up after a bounded number of lost races, writing nothing, and the route answers 503 with Retry-After', async () => {
    const m = await member();
    const c = chore();
    const caller = { teamId: m.teamId, memberId: m.memberId, now: Date.now(), limits: DEFAULT_LIMITS };
    let races = 0;
    // The other device lands a push inside every one of this push's read-write gaps.
    const lost = push(env.DB, caller, [choreChange(c)], {
      afterRead: async () => {
        races += 1;
        await pushChanges(m.token, [choreChange(chore())]);
      },
    });
    await expect(lost).rejects.toMatchObject({ reason: 'contended' });
    expect(races).toBe(MAX_ATTEMPTS);
    expect(await countRows('chores', 'id = ?', c.id)).toBe(0);

    let batches = 0;
    const db = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === 'batch') {
          return async (statements: D1PreparedStatement[]) => {
            // Every other batch is a write: another device's push commits just before each.
            if (++batches % 2 === 0) await pushChanges(m.token, [choreChange(chore())]);
            return target.batch(statements);
          };
        }
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const res = await app.fetch(
      new Request(`${BASE}/v1/sync/push`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${m.token}`,
          'Content-Type': 'application/json',
          'CF-Connecting-IP': '10.7.7.8',
        },
        body: JSON.stringify({ changes: [choreChange(c)] }),
      }),
      { ...env, DB: db },
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('1');
    expect(((await res.json()) as { error: string }).error).toBe('contended');
    expect(await countRows('chores', 'id = ?', c.id)).toBe(0);
  });

  it('answers 401 through the route when the member is erased between its read and its write', async () => {
    const m = await member();
    const c = chore();
    let batches = 0;
    // The route passes no hook: the erase is slipped in by the database itself, before the 2nd batch.
    const db = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === 'batch') {
          return async (statements: D1PreparedStatement[]) => {
            if (++batches === 2) {
              const erased = await call('/v1/me/data', { method: 'DELETE', token: m.token });
              expect(erased.status).toBe(200);
            }
            return target.batch(statements);
          };
        }
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const res = await app.fetch(
      new Request(`${BASE}/v1/sync/push`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${m.token}`,
          'Content-Type': 'application/json',
          'CF-Connecting-IP': '10.7.7.7',
        },
        body: JSON.stringify({ changes: [choreChange(c), occurrenceChange(occurrence(c.id))] }),
      }),
      { ...env, DB: db },
    );
    expect(batches).toBeGreaterThanOrEqual(2);
    expect(res.status).toBe(401);
    expect(await countRows('chores', 'member_id = ?', m.memberId)).toBe(0);
  });
});

describe('an erase racing a push of the same member', () => {
  it('leaves no team figure of the member when their push lands between the erase’s read and its write', async () => {
    const m = await member();
    const other = await join(m.team);
    const c = chore();
    const shared = chore({ id: 'shared-chore-of-other' });
    await pushChanges(m.token, [choreChange(c), occurrenceChange(occurrence(c.id))]);
    await pushChanges(other.token, [choreChange(shared), occurrenceChange(occurrence(shared.id))]);
    // The member's other browser logs in a week the erase has not read.
    const later = occurrence(c.id, { at: T0 + 21 * 86_400_000, minutes: 12 });
    let ran = 0;
    const outcome = await eraseMember(
      env.DB,
      m.teamId,
      m.memberId,
      { reason: null, now: Date.now() },
      {
        afterRead: async () => {
          if (ran++ > 0) return;
          const res = await pushChanges(m.token, [occurrenceChange(later)]);
          expect(res.body.results.map((r) => r.status)).toEqual(['applied']);
        },
      },
    );
    expect(ran).toBeGreaterThan(0);
    expect(outcome).toBe('done');
    expect(await countRows('occurrences', 'member_id = ?', m.memberId)).toBe(0);
    const { stored, truth } = await rollupsAndTruth(m.teamId);
    expect(stored).toEqual(truth);
    expect(stored.week).toEqual([{ k: 'restart flaky job', w: expect.any(Number), n: 1, m: 10, p: 1 }]);
  });
});
