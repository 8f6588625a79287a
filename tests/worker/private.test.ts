import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Leaderboard } from '../../shared/api/leaderboard';
import {
  call,
  callJson,
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

const makePrivate = (choreId: string) => ({ type: 'private', choreId });
const PRIVATE = {
  status: 'rejected',
  code: 'private',
  reason: expect.stringContaining('private on another'),
};

type Page = {
  changes: { type: string; version: number; choreId?: string; chore?: { id: string } }[];
  cursor: string;
  more: boolean;
};

/** A member with a synced chore (two occurrences this week) in a team where another member shares its key. */
async function synced() {
  const team = await createTeam();
  const m = await join(team);
  const other = await join(team);
  const c = chore({ name: 'Secret side project' });
  const shared = chore({ name: 'Secret side project' });
  await pushChanges(m.token, [
    choreChange(c),
    occurrenceChange(occurrence(c.id, { minutes: 7 })),
    occurrenceChange(occurrence(c.id, { minutes: 9 })),
  ]);
  await pushChanges(other.token, [
    choreChange(shared),
    occurrenceChange(occurrence(shared.id, { minutes: 5 })),
  ]);
  return { team, m, other, c, teamId: await teamOf(m.memberId) };
}

describe('private chores', () => {
  it('keeps none of a chore once a device marks it private: no name, occurrences or rollup share', async () => {
    const { m, c, teamId } = await synced();
    const { body } = await pushChanges(m.token, [makePrivate(c.id)]);
    expect(body.results).toEqual([{ index: 0, id: c.id, status: 'applied' }]);
    expect(await countRows('chores', 'id = ?', c.id)).toBe(0);
    expect(await countRows('occurrences', 'chore_id = ?', c.id)).toBe(0);
    expect(await countRows('member_week_totals', 'member_id = ?', m.memberId)).toBe(0);
    expect(await countRows('member_chore_keys', 'member_id = ?', m.memberId)).toBe(0);
    // Only the other member's chore is left in the team's figures.
    const { stored, truth } = await rollupsAndTruth(teamId);
    expect(stored).toEqual(truth);
    expect(stored.week).toEqual([{ k: 'secret side project', w: expect.any(Number), n: 1, m: 5, p: 1 }]);
    expect(stored.keys).toEqual([{ k: 'secret side project', p: 1 }]);
    const tomb = await env.DB.prepare('SELECT * FROM private_chores WHERE id = ?').bind(c.id).first();
    expect(tomb).toEqual({ id: c.id, team_id: teamId, member_id: m.memberId, version: body.version });
  });

  it('drops a private chore of a member alone from the leaderboard and the catalogue', async () => {
    const team = await createTeam();
    const m = await join(team);
    const c = chore({ name: 'Job hunting' });
    await pushChanges(m.token, [choreChange(c), occurrenceChange(occurrence(c.id, { at: Date.now() }))]);
    await pushChanges(m.token, [makePrivate(c.id)]);
    const board = await call('/v1/leaderboard', { token: m.token });
    const catalogue = await call('/v1/catalogue', { token: m.token });
    expect(((await board.json()) as Leaderboard).chores).toEqual([]);
    expect(await catalogue.text()).not.toContain('Job hunting');
  });

  it('refuses later pushes of the chore and its occurrences from any device, with code private', async () => {
    const { m, c } = await synced();
    await pushChanges(m.token, [makePrivate(c.id)]);
    // The member's other browser has not heard yet: it edits the chore and logs onto it.
    const { body } = await pushChanges(m.token, [
      choreChange({ ...c, annoyance: 5, updatedAt: T0 + 1000 }),
      occurrenceChange(occurrence(c.id)),
      choreChange({ ...c, deleted: true, updatedAt: T0 + 2000 }),
    ]);
    expect(body.results).toEqual([
      { index: 0, id: c.id, ...PRIVATE },
      { index: 1, id: expect.any(String), ...PRIVATE },
      { index: 2, id: c.id, ...PRIVATE },
    ]);
    expect(await countRows('chores', 'id = ?', c.id)).toBe(0);
    expect(await countRows('occurrences', 'chore_id = ?', c.id)).toBe(0);
  });

  it('lets private win over the other changes of the same push, whatever their order', async () => {
    const team = await createTeam();
    const m = await join(team);
    const c = chore();
    await pushChanges(m.token, [choreChange(c)]);
    const { body } = await pushChanges(m.token, [
      occurrenceChange(occurrence(c.id)),
      makePrivate(c.id),
      choreChange({ ...c, name: 'Renamed', updatedAt: T0 + 1 }),
      makePrivate(c.id),
    ]);
    expect(body.results.map((r) => [r.status, r.code])).toEqual([
      ['rejected', 'private'],
      ['applied', undefined],
      ['rejected', 'private'],
      ['duplicate', undefined],
    ]);
    expect(await countRows('chores', 'member_id = ?', m.memberId)).toBe(0);
  });

  it('rejects a malformed private change by itself, with a reason, and applies the rest', async () => {
    const team = await createTeam();
    const m = await join(team);
    const c = chore();
    const { status, body } = await pushChanges(m.token, [
      { type: 'private' },
      { type: 'private', choreId: 'x' },
      { type: 'private', choreId: c.id, name: 'extra' },
      choreChange(c),
    ]);
    expect(status).toBe(200);
    expect(body.results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'applied']);
    expect(body.results[1]).toMatchObject({ id: 'x', reason: expect.stringContaining('choreId') });
    expect(body.results[2]?.reason).toContain('name');
  });

  it('answers duplicate for a chore the server never held, and stores nothing for it', async () => {
    const team = await createTeam();
    const m = await join(team);
    const { body } = await pushChanges(m.token, [makePrivate('never-pushed-1')]);
    expect(body.results).toEqual([{ index: 0, id: 'never-pushed-1', status: 'duplicate' }]);
    expect(await countRows('private_chores', 'id = ?', 'never-pushed-1')).toBe(0);
  });

  it('does not let a member make another member’s chore private', async () => {
    const { other, c } = await synced();
    const before = await env.DB.prepare('SELECT * FROM chores WHERE id = ?').bind(c.id).first();
    const { body } = await pushChanges(other.token, [makePrivate(c.id)]);
    expect(body.results[0]).toMatchObject({ status: 'rejected', reason: expect.stringContaining('in use') });
    expect(await env.DB.prepare('SELECT * FROM chores WHERE id = ?').bind(c.id).first()).toEqual(before);
    expect(await countRows('private_chores', 'id = ?', c.id)).toBe(0);
  });

  it('delivers the tombstone to the member’s other devices that pull with include=private, and only to them', async () => {
    const { m, other, c } = await synced();
    const before = await callJson<Page>('/v1/sync/pull?include=private', { token: m.token });
    const { body: made } = await pushChanges(m.token, [makePrivate(c.id)]);
    const after = await callJson<Page>(`/v1/sync/pull?include=private&cursor=${before.body.cursor}`, {
      token: m.token,
    });
    expect(after.status).toBe(200);
    expect(after.body.changes).toEqual([{ type: 'private', version: made.version, choreId: c.id }]);
    expect(after.body.cursor).toBe(`${made.version}.private.${c.id}`);
    const again = await callJson<Page>(`/v1/sync/pull?include=private&cursor=${after.body.cursor}`, {
      token: m.token,
    });
    expect(again.body.changes).toEqual([]);
    // Devices that do not ask (they predate private tombstones) never get a change type they do not know.
    const plain = await callJson<Page>(`/v1/sync/pull?cursor=${before.body.cursor}`, { token: m.token });
    expect(plain.body.changes).toEqual([]);
    const theirs = await callJson<Page>('/v1/sync/pull?include=private', { token: other.token });
    expect(theirs.body.changes.map((ch) => ch.type)).toEqual(['chore', 'occurrence']);
  });

  it('forgets the tombstones and the member’s view of their keys when they erase their data', async () => {
    const { m, c, teamId } = await synced();
    await pushChanges(m.token, [makePrivate(c.id), choreChange(chore({ name: 'Secret side project' }))]);
    expect(await countRows('private_chores', 'member_id = ?', m.memberId)).toBe(1);
    expect(await countRows('member_chore_keys', 'member_id = ?', m.memberId)).toBe(1);
    expect((await call('/v1/me/data', { method: 'DELETE', token: m.token })).status).toBe(200);
    expect(await countRows('private_chores', 'member_id = ?', m.memberId)).toBe(0);
    expect(await countRows('member_chore_keys', 'member_id = ?', m.memberId)).toBe(0);
    const { stored, truth } = await rollupsAndTruth(teamId);
    expect(stored).toEqual(truth);
  });

  it('forgets the tombstones of a member who leaves the team', async () => {
    const { m, c } = await synced();
    await pushChanges(m.token, [makePrivate(c.id)]);
    expect((await call('/v1/me', { method: 'DELETE', token: m.token })).status).toBe(200);
    expect(await countRows('private_chores', 'member_id = ?', m.memberId)).toBe(0);
  });
});
