import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Catalogue, Leaderboard } from '../../shared/api/leaderboard';
import app from '../../worker/index';
import {
  BASE,
  callJson,
  chore,
  choreChange,
  createTeam,
  EVERY_CHORE,
  join,
  occurrence,
  occurrenceChange,
  pushChanges,
} from './helpers';

/** A GET through the whole Worker, with the vars of a deployment that set them. */
async function getUnder<T>(vars: Record<string, number>, path: string, token: string) {
  const res = await app.fetch(
    new Request(`${BASE}${path}`, {
      headers: { Authorization: `Bearer ${token}`, 'CF-Connecting-IP': '10.6.6.6' },
    }),
    { ...env, ...vars } as Env,
  );
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** Logs each named chore now, once per member listed for it. */
async function logNow(members: { token: string }[], names: Record<string, number[]>) {
  for (const [who, m] of members.entries()) {
    const mine = Object.entries(names).filter(([, by]) => by.includes(who));
    const chores = mine.map(([name]) => chore({ name }));
    await pushChanges(m.token, [
      ...chores.map(choreChange),
      ...chores.map((c) => occurrenceChange(occurrence(c.id, { at: Date.now() - 60_000 }))),
    ]);
  }
}

describe('catalogue under the team’s minPeople', () => {
  it('lists exactly the chores the leaderboard shows, and a chore once enough people report it', async () => {
    const team = await createTeam({ settings: { minPeople: 2 } });
    const people = [await join(team), await join(team), await join(team)];
    await logNow(people, { Deploy: [0, 1], 'Interview prep': [2], 'Rotate certs': [0, 1, 2] });
    const token = people[0]?.token;
    const keysOf = async () => ({
      board: (await callJson<Leaderboard>('/v1/leaderboard', { token })).body.chores.map((c) => c.key).sort(),
      catalogue: (await callJson<Catalogue>('/v1/catalogue', { token })).body,
    });
    const before = await keysOf();
    expect(before.board).toEqual(['deploy', 'rotate certs']);
    expect(before.catalogue.chores.map((c) => c.key).sort()).toEqual(before.board);
    expect(JSON.stringify(before.catalogue)).not.toContain('Interview');
    await logNow(people, { 'Interview prep': [1] });
    const after = await keysOf();
    expect(after.board).toEqual(['deploy', 'interview prep', 'rotate certs']);
    expect(after.catalogue.chores.map((c) => c.key).sort()).toEqual(after.board);
  });
});

describe('bounded pages', () => {
  it('answers the top LEADERBOARD_PAGE chores and the catalogue’s CATALOGUE_PAGE most shared, each with a count', async () => {
    const team = await createTeam(EVERY_CHORE);
    const people = [await join(team), await join(team), await join(team)];
    await logNow(people, { Alpha: [0], Beta: [0, 1, 2], Gamma: [0, 1], Delta: [2] });
    const token = people[0]?.token ?? '';
    const vars = { LEADERBOARD_PAGE: 2, CATALOGUE_PAGE: 2 };
    const board = await getUnder<Leaderboard>(vars, '/v1/leaderboard', token);
    expect(board.chores.map((c) => c.rank)).toEqual([1, 2]);
    expect(board.total).toBe(4);
    const full = await getUnder<Leaderboard>({}, '/v1/leaderboard', token);
    expect(board.chores).toEqual(full.chores.slice(0, 2));
    const catalogue = await getUnder<Catalogue>(vars, '/v1/catalogue', token);
    expect(catalogue.chores.map((c) => [c.key, c.people])).toEqual([
      ['beta', 3],
      ['gamma', 2],
    ]);
    expect(catalogue.total).toBe(4);
  });
});
