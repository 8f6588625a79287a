import { describe, expect, it } from 'vitest';
import type { TeamSummary } from '../../shared/api/team-summary';
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

describe('minPeople on the team dashboard’s figures', () => {
  const W = Date.UTC(2026, 10, 16); // a complete week
  const summary = (token: string) =>
    callJson<TeamSummary>('/v1/team/summary?week=2026-11-16', { token }).then((r) => r.body);

  it('counts hidden chores in the team totals only in a week at least minPeople members logged them', async () => {
    const team = await createTeam({ settings: { minPeople: 2 } });
    const [ana, bo, cy] = [await join(team), await join(team), await join(team)];
    const at = W + 86_400_000;
    const deploy = [chore({ name: 'Deploy' }), chore({ name: 'deploy' })];
    const solo = chore({ name: 'Something only Ana does' });
    await pushChanges(ana.token, [
      choreChange(deploy[0] ?? solo),
      choreChange(solo),
      occurrenceChange(occurrence(deploy[0]?.id ?? '', { at, minutes: 25 })),
      occurrenceChange(occurrence(solo.id, { at, minutes: 55 })),
    ]);
    await pushChanges(bo.token, [
      choreChange(deploy[1] ?? solo),
      occurrenceChange(occurrence(deploy[1]?.id ?? '', { at, minutes: 25 })),
    ]);
    // Ana's solo chore alone would be the difference between the total and Deploy: it is left out.
    const alone = await summary(bo.token);
    expect(alone.weeks.at(-1)).toMatchObject({ toilHours: 1, activeMembers: 2 });
    expect(alone.topChores.map((c) => c.key)).toEqual(['deploy']);
    expect(alone.hiddenChores).toBe(1);
    expect(JSON.stringify(alone)).not.toContain('only Ana');

    // With Cy's solo chore the same week, two members' hidden chores count together, unnamed.
    const other = chore({ name: 'Something only Cy does' });
    await pushChanges(cy.token, [
      choreChange(other),
      occurrenceChange(occurrence(other.id, { at, minutes: 25 })),
    ]);
    const together = await summary(bo.token);
    // 60 (Deploy) + 60 (Ana's) + 30 (Cy's) minutes, over Ana, Bo and Cy.
    expect(together.weeks.at(-1)).toMatchObject({ toilHours: 2.5, activeMembers: 3 });
    expect(together.hiddenChores).toBe(2);
    const text = JSON.stringify(together);
    expect(text).not.toContain('only Ana');
    expect(text).not.toContain('only Cy');
  });

  it('leaves out an automated chore fewer members logged in the weeks its savings read', async () => {
    const team = await createTeam({ settings: { minPeople: 2 } });
    const [ana, bo] = [await join(team), await join(team)];
    const automatedAt = W - 4 * 7 * 86_400_000;
    const mine = chore({
      name: 'Ana’s script',
      status: 'automated',
      automatedAt,
      createdAt: W - 100 * 86_400_000,
    });
    const ours = [ana, bo].map(() =>
      chore({ name: 'Shared script', status: 'automated', automatedAt, createdAt: W - 100 * 86_400_000 }),
    );
    const logsBefore = (id: string) =>
      [5, 6].map((n) => occurrenceChange(occurrence(id, { at: W - n * 7 * 86_400_000 + 3_600_000 })));
    await pushChanges(ana.token, [
      choreChange(mine),
      ...logsBefore(mine.id),
      ...ours.slice(0, 1).map(choreChange),
      ...logsBefore(ours[0]?.id ?? ''),
    ]);
    await pushChanges(bo.token, [choreChange(ours[1] ?? mine), ...logsBefore(ours[1]?.id ?? '')]);
    const s = await summary(ana.token);
    expect(s.savings.map((e) => e.name)).toEqual(['Shared script']);
    expect(JSON.stringify(s)).not.toContain('Ana’s script');
  });
});
