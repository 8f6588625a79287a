import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
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

async function member() {
  const team = await createTeam();
  return { team, ...(await join(team)) };
}

const weekTotals = (memberId: string) =>
  env.DB.prepare(
    `SELECT wt.chore_key, wt.occurrences, wt.minutes, wt.people FROM week_totals wt
     WHERE wt.team_id = (SELECT team_id FROM members WHERE id = ?) ORDER BY chore_key, week_start`,
  )
    .bind(memberId)
    .all();

describe('push', () => {
  it('applies chores and occurrences and answers one result per change', async () => {
    const m = await member();
    const c = chore();
    const { status, body } = await pushChanges(m.token, [choreChange(c), occurrenceChange(occurrence(c.id))]);
    expect(status).toBe(200);
    expect(body.results).toEqual([
      { index: 0, id: c.id, status: 'applied' },
      { index: 1, id: expect.any(String), status: 'applied' },
    ]);
    expect(body.version).toBe(1);
  });

  it('treats the same batch twice as applied once, rollups included', async () => {
    const m = await member();
    const c = chore();
    const batch = [
      choreChange(c),
      occurrenceChange(occurrence(c.id)),
      occurrenceChange(occurrence(c.id, { minutes: 20 })),
    ];
    await pushChanges(m.token, batch);
    const again = await pushChanges(m.token, batch);
    expect(again.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(again.body.version).toBe(1);
    expect(await countRows('occurrences', 'member_id = ?', m.memberId)).toBe(2);
    expect((await weekTotals(m.memberId)).results).toEqual([
      { chore_key: 'restart flaky job', occurrences: 2, minutes: 30, people: 1 },
    ]);
  });

  it('lands a resend after a lost response exactly once, even after later pushes', async () => {
    const m = await member();
    const c = chore();
    const lost = [choreChange(c), occurrenceChange(occurrence(c.id, { id: 'occ-lost-1' }))];
    await pushChanges(m.token, lost); // the response never reached the device
    await pushChanges(m.token, [occurrenceChange(occurrence(c.id, { id: 'occ-next-1', minutes: 3 }))]);
    const resend = await pushChanges(m.token, lost);
    expect(resend.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect((await weekTotals(m.memberId)).results).toEqual([
      { chore_key: 'restart flaky job', occurrences: 2, minutes: 13, people: 1 },
    ]);
  });

  it('lets a later edit win, and moves the rollup with it', async () => {
    const m = await member();
    const c = chore();
    const o = occurrence(c.id);
    await pushChanges(m.token, [choreChange(c), occurrenceChange(o)]);
    const edit = await pushChanges(m.token, [occurrenceChange({ ...o, minutes: 45, updatedAt: T0 + 1000 })]);
    expect(edit.body.results[0]?.status).toBe('applied');
    expect((await weekTotals(m.memberId)).results).toEqual([
      { chore_key: 'restart flaky job', occurrences: 1, minutes: 45, people: 1 },
    ]);
  });

  it('lets a delete win over an edit that arrives after it', async () => {
    const m = await member();
    const c = chore();
    const o = occurrence(c.id);
    await pushChanges(m.token, [choreChange(c), occurrenceChange(o)]);
    await pushChanges(m.token, [occurrenceChange({ ...o, deleted: true, updatedAt: T0 + 1000 })]);
    const late = await pushChanges(m.token, [occurrenceChange({ ...o, minutes: 99, updatedAt: T0 + 2000 })]);
    expect(late.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('deleted'),
    });
    const row = await env.DB.prepare('SELECT deleted, minutes FROM occurrences WHERE id = ?')
      .bind(o.id)
      .first();
    expect(row).toEqual({ deleted: 1, minutes: 10 });
    expect((await weekTotals(m.memberId)).results).toEqual([]);
  });

  it('lets a delete win over an edit that arrived before it', async () => {
    const m = await member();
    const c = chore();
    await pushChanges(m.token, [choreChange(c), occurrenceChange(occurrence(c.id))]);
    await pushChanges(m.token, [choreChange({ ...c, name: 'Renamed', updatedAt: T0 + 1000 })]);
    const del = await pushChanges(m.token, [choreChange({ ...c, deleted: true, updatedAt: T0 + 500 })]);
    expect(del.body.results[0]?.status).toBe('applied');
    const redo = await pushChanges(m.token, [choreChange({ ...c, name: 'Back', updatedAt: T0 + 3000 })]);
    expect(redo.body.results[0]?.status).toBe('rejected');
    expect((await weekTotals(m.memberId)).results).toEqual([]);
    expect(
      await countRows('chore_keys', 'team_id = (SELECT team_id FROM members WHERE id = ?)', m.memberId),
    ).toBe(0);
  });

  it('moves rollups to the new key when a chore is renamed', async () => {
    const m = await member();
    const c = chore();
    await pushChanges(m.token, [choreChange(c), occurrenceChange(occurrence(c.id))]);
    await pushChanges(m.token, [choreChange({ ...c, name: 'Rotate  CERTS', updatedAt: T0 + 1000 })]);
    expect((await weekTotals(m.memberId)).results).toEqual([
      { chore_key: 'rotate certs', occurrences: 1, minutes: 10, people: 1 },
    ]);
  });

  it('applies the 19 valid changes of a push with one invalid among twenty', async () => {
    const m = await member();
    const c = chore();
    const changes: unknown[] = [choreChange(c)];
    for (let i = 0; i < 19; i++) changes.push(occurrenceChange(occurrence(c.id, { minutes: i + 1 })));
    changes[7] = occurrenceChange({ ...occurrence(c.id), minutes: -5 });
    const { status, body } = await pushChanges(m.token, changes);
    expect(status).toBe(200);
    expect(body.results.filter((r) => r.status === 'applied')).toHaveLength(19);
    expect(body.results[7]).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('minutes must be more than 0'),
    });
    expect(await countRows('occurrences', 'member_id = ?', m.memberId)).toBe(18);
  });

  it('rejects a chore id that belongs to another team and leaves that row untouched', async () => {
    const victim = await member();
    const attacker = await member();
    const c = chore({ name: 'Victim chore' });
    await pushChanges(victim.token, [choreChange(c)]);
    const before = await env.DB.prepare('SELECT * FROM chores WHERE id = ?').bind(c.id).first();
    const attack = await pushChanges(attacker.token, [
      choreChange({ ...c, name: 'Owned', updatedAt: T0 + 5000 }),
      choreChange({ ...c, deleted: true, updatedAt: T0 + 6000 }),
    ]);
    expect(attack.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('already in use'),
    });
    expect(await env.DB.prepare('SELECT * FROM chores WHERE id = ?').bind(c.id).first()).toEqual(before);
  });

  it('rejects occurrences that name another member’s chore, even in the same team', async () => {
    const team = await createTeam();
    const a = await join(team);
    const b = await join(team);
    const c = chore();
    await pushChanges(a.token, [choreChange(c)]);
    const { body } = await pushChanges(b.token, [occurrenceChange(occurrence(c.id))]);
    expect(body.results[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('no chore of yours'),
    });
    expect(await countRows('occurrences', 'chore_id = ?', c.id)).toBe(0);
  });

  it('refuses edits stamped more than a day in the future', async () => {
    const m = await member();
    const { body } = await pushChanges(m.token, [
      choreChange(chore({ updatedAt: Date.now() + 3 * 86_400_000 })),
    ]);
    expect(body.results[0]).toMatchObject({ status: 'rejected', reason: expect.stringContaining('future') });
  });

  it('refuses occurrences dated more than a day ahead of the server’s clock, and stores nothing of them', async () => {
    const m = await member();
    const c = chore();
    const HOUR = 3_600_000;
    const soon = occurrence(c.id, { at: Date.now() + 23 * HOUR });
    const ahead = occurrence(c.id, { at: Date.now() + 25 * HOUR });
    const first = await pushChanges(m.token, [
      choreChange(c),
      occurrenceChange(soon),
      occurrenceChange(ahead),
    ]);
    expect(first.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
    expect(first.body.results[2]?.reason).toBe('at is more than a day in the future; check the device clock');
    // An edit moving a stored occurrence there is refused too, and the stored row stays as it was.
    const moved = await pushChanges(m.token, [
      occurrenceChange({ ...soon, at: Date.now() + 30 * 86_400_000, updatedAt: T0 + 1 }),
    ]);
    expect(moved.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('future'),
    });
    expect(await countRows('occurrences', 'id = ? AND updated_at = ?', soon.id, T0)).toBe(1);
    expect(await countRows('occurrences', 'id = ?', ahead.id)).toBe(0);
  });

  it('takes the delete of a stored occurrence dated ahead (stored before the rule), so it can go', async () => {
    const m = await member();
    const c = chore();
    const o = occurrence(c.id);
    await pushChanges(m.token, [choreChange(c), occurrenceChange(o)]);
    const at = Date.now() + 40 * 86_400_000;
    await env.DB.prepare('UPDATE occurrences SET at = ? WHERE id = ?').bind(at, o.id).run();
    const { body } = await pushChanges(m.token, [
      occurrenceChange({ ...o, at, deleted: true, updatedAt: T0 + 1 }),
    ]);
    expect(body.results[0]?.status).toBe('applied');
    expect(await countRows('occurrences', 'id = ? AND deleted = 1', o.id)).toBe(1);
  });

  it('counts distinct people per chore key across members', async () => {
    const team = await createTeam();
    const a = await join(team);
    const b = await join(team);
    const ca = chore({ name: 'Deploy hotfix' });
    const cb = chore({ name: '  deploy   HOTFIX ' });
    await pushChanges(a.token, [
      choreChange(ca),
      occurrenceChange(occurrence(ca.id)),
      occurrenceChange(occurrence(ca.id)),
    ]);
    await pushChanges(b.token, [choreChange(cb), occurrenceChange(occurrence(cb.id, { minutes: 7 }))]);
    expect((await weekTotals(a.memberId)).results).toEqual([
      { chore_key: 'deploy hotfix', occurrences: 3, minutes: 27, people: 2 },
    ]);
  });
});
