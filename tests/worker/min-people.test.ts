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

  it('counts hidden chores in the team totals only in a week more than minPeople members logged them', async () => {
    const team = await createTeam({ settings: { minPeople: 2 } });
    const [ana, bo, cy, dee] = [await join(team), await join(team), await join(team), await join(team)];
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

    // With Cy's solo chore the same week, Cy minus their own would read Ana's: still left out.
    const cys = chore({ name: 'Something only Cy does' });
    await pushChanges(cy.token, [
      choreChange(cys),
      occurrenceChange(occurrence(cys.id, { at, minutes: 25 })),
    ]);
    expect((await summary(cy.token)).weeks.at(-1)).toMatchObject({ toilHours: 1, activeMembers: 2 });

    // With Dee's too, three members' hidden chores count together, unnamed.
    const dees = chore({ name: 'Something only Dee does' });
    await pushChanges(dee.token, [
      choreChange(dees),
      occurrenceChange(occurrence(dees.id, { at, minutes: 25 })),
    ]);
    const together = await summary(bo.token);
    // 60 (Deploy) + 60 (Ana's) + 30 (Cy's) + 30 (Dee's) minutes, over all four.
    expect(together.weeks.at(-1)).toMatchObject({ toilHours: 3, activeMembers: 4 });
    expect(together.hiddenChores).toBe(3);
    const text = JSON.stringify(together);
    for (const name of ['only Ana', 'only Cy', 'only Dee']) expect(text).not.toContain(name);
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

describe('minPeople against one member who subtracts what they logged themselves', () => {
  const W = Date.UTC(2026, 10, 16); // a complete week
  const at = W + 86_400_000;
  const summary = (token: string) =>
    callJson<TeamSummary>('/v1/team/summary?week=2026-11-16', { token }).then((r) => r.body);
  const logs = (token: string, name: string, minutes: number, when = at) => {
    const c = chore({ name, createdAt: W - 60 * 86_400_000 });
    return pushChanges(token, [choreChange(c), occurrenceChange(occurrence(c.id, { at: when, minutes }))]);
  };

  /** minPeople 2, no context switch: Ana and Bo share Deploy (30 min each), Cy logs 325 min alone. */
  async function teamWithAHiddenChore() {
    const team = await createTeam({ settings: { minPeople: 2, contextSwitchMinutes: 0 } });
    const [ana, bo, cy, dee] = [await join(team), await join(team), await join(team), await join(team)];
    await logs(ana.token, 'Deploy', 30);
    await logs(bo.token, 'deploy', 30);
    await logs(cy.token, 'Something only Cy does', 325);
    return { team, ana, bo, cy, dee };
  }

  it('does not let a member’s own minute of a solo chore reveal another member’s hidden time', async () => {
    const { dee } = await teamWithAHiddenChore();
    const before = await summary(dee.token);
    expect(before.weeks.at(-1)).toMatchObject({ toilHours: 1, activeMembers: 2 });
    // Dee logs one minute of a chore of their own: two members' hidden chores in the week.
    await logs(dee.token, 'Something only Dee does', 1);
    const after = await summary(dee.token);
    // Counting them would make 6.43 h, and 6.43 h - 1 h - Dee's minute is Cy's 325 minutes exactly.
    expect(after.weeks.at(-1)).toMatchObject({ toilHours: 1, activeMembers: 2 });
    expect(after.headline).toEqual(before.headline);
    expect(after.weeks).toEqual(before.weeks);
  });

  it('counts hidden chores together once more than minPeople members logged them in the week', async () => {
    const { dee, team } = await teamWithAHiddenChore();
    const eve = await join(team);
    await logs(dee.token, 'Something only Dee does', 1);
    await logs(eve.token, 'Something only Eve does', 14);
    // Three members' hidden chores: subtracting their own, any one of them learns two others' sum at best.
    // 60 (Deploy) + 325 + 1 + 14 minutes, over all five.
    const s = await summary(dee.token);
    expect(s.weeks.at(-1)).toMatchObject({ toilHours: 6.67, activeMembers: 5 });
  });

  it('picks the team’s recommendation from the chores it shows, whatever a hidden chore weighs', async () => {
    const shared = async (withHidden: boolean) => {
      const team = await createTeam({ settings: { minPeople: 2 } });
      const [ana, bo, cy] = [await join(team), await join(team), await join(team)];
      for (const [token, name] of [
        [ana.token, 'Deploy'],
        [bo.token, 'deploy'],
      ] as const) {
        for (const week of [1, 2, 3]) await logs(token, `${name}`, 20, W - week * 7 * 86_400_000 + 3_600_000);
      }
      if (withHidden) {
        for (const week of [0, 1, 2, 3]) {
          await logs(cy.token, 'Something only Cy does', 600, W - week * 7 * 86_400_000 + 7_200_000);
        }
      }
      const board = await callJson<{ recommendation: string | null }>('/v1/leaderboard?week=2026-11-16', {
        token: ana.token,
      });
      return { board: board.body, summary: await summary(ana.token) };
    };
    const without = await shared(false);
    expect(without.board.recommendation).toMatch(/^Automate “Deploy” first/);
    const withHidden = await shared(true);
    expect(withHidden.board.recommendation).toBe(without.board.recommendation);
    expect(withHidden.summary.recommendation?.name).toBe('Deploy');
    expect(withHidden.summary.recommendation).toEqual(without.summary.recommendation);
  });
});
