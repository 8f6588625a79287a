import { describe, expect, it } from 'vitest';
import {
  call,
  callJson,
  chore,
  choreChange,
  createTeam,
  join,
  occurrence,
  occurrenceChange,
  pushChanges,
} from './helpers';

/** A team with minPeople 2 where Ana alone logs one chore and both log another, this week. */
async function teamWithASoloChore() {
  const team = await createTeam({ settings: { minPeople: 2 } });
  const ana = await join(team, 'Ana');
  const bo = await join(team, 'Bo');
  const at = Date.now() - 60_000;
  const solo = chore({ name: 'Something only Ana does' });
  const [shared1, shared2] = [chore({ name: 'Deploy' }), chore({ name: 'deploy' })];
  await pushChanges(ana.token, [
    choreChange(solo),
    choreChange(shared1),
    occurrenceChange(occurrence(solo.id, { at })),
    occurrenceChange(occurrence(shared1.id, { at })),
  ]);
  await pushChanges(bo.token, [choreChange(shared2), occurrenceChange(occurrence(shared2.id, { at }))]);
  return { team, ana, bo };
}

describe('minPeople: a chore reported by fewer members is not shown', () => {
  it('keeps a member’s solo chore out of the leaderboard, the catalogue and the dashboard page', async () => {
    const { team, bo } = await teamWithASoloChore();
    const board = await call('/v1/leaderboard', { token: bo.token });
    const catalogue = await callJson<{ chores: { key: string }[] }>('/v1/catalogue', { token: bo.token });
    expect(catalogue.body.chores.map((c) => c.key)).toEqual(['deploy']);
    const link = await callJson<{ url: string }>('/v1/view-links', { token: team.adminToken, body: {} });
    const page = await call(new URL(link.body.url).pathname);
    for (const text of [await board.text(), JSON.stringify(catalogue.body), await page.text()]) {
      expect(text).toContain('eploy');
      expect(text).not.toContain('only Ana');
    }
  });
});
