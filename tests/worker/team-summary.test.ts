import { describe, expect, it } from 'vitest';
import type { WireChore } from '../../shared/api/sync';
import type { TeamSummary } from '../../shared/api/team-summary';
import { WEEKS_PER_YEAR } from '../../shared/automation';
import {
  call,
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

const DAY = 86_400_000;
const W = Date.UTC(2026, 10, 16); // Monday 16 November 2026: the ranked week (complete), UTC
const weekAgo = (n: number) => W - n * 7 * DAY;
const LONG_AGO = weekAgo(20);

/** Pushes a member's chore and one occurrence of `minutes` at each of `times`. */
async function logs(token: string, c: WireChore, ...entries: [at: number, minutes: number][]) {
  const occs = entries.map(([at, minutes]) => occurrenceChange(occurrence(c.id, { at, minutes })));
  const { status } = await pushChanges(token, [choreChange(c), ...occs]);
  expect(status).toBe(200);
}

const summaryOf = (token: string, week = '2026-11-18') =>
  callJson<TeamSummary>(`/v1/team/summary?week=${week}`, { token });

describe('GET /v1/team/summary', () => {
  it('answers the weekly toil, toil share, top chores and recommendation, as computed by hand', async () => {
    const team = await createTeam({ settings: { ...EVERY_CHORE.settings, workingHoursPerWeek: 10 } });
    const [ana, bo, cy] = [await join(team), await join(team), await join(team)];
    const born = { createdAt: LONG_AGO };
    // This week: Deploy 2 x 50 (ana), 1 x 25 (bo); Triage 1 x 55 (cy). A week ago: Deploy 1 x 115 (ana).
    // Eleven weeks ago: Deploy 1 x 55 (bo). Each run costs 5 more minutes of context switch.
    await logs(
      ana.token,
      chore({ name: 'Deploy', ...born }),
      [W + DAY, 50],
      [W + 2 * DAY, 50],
      [weekAgo(1) + DAY, 115],
    );
    await logs(bo.token, chore({ name: 'deploy', ...born }), [W + DAY, 25], [weekAgo(11) + DAY, 55]);
    await logs(cy.token, chore({ name: 'Triage', ...born }), [W + 3 * DAY, 55]);

    const { status, body } = await summaryOf(ana.token);
    expect(status).toBe(200);
    expect(body.week).toMatchObject({ start: W, label: '2026-11-16', partial: false });
    expect(body.workingHoursPerWeek).toBe(10);
    expect(body.weeks.map((w) => w.label)).toEqual(
      Array.from({ length: 12 }, (_, i) => new Date(weekAgo(11 - i)).toISOString().slice(0, 10)),
    );
    // This week: 110 + 30 + 60 = 200 min over 3 people x 10 h; a week ago 120 min over 1 x 10 h.
    const toil = body.weeks.map((w) => [w.toilHours, w.activeMembers, w.toilShare]);
    expect(toil[0]).toEqual([1, 1, 0.1]);
    expect(toil.slice(1, 10).every(([h, n, s]) => h === 0 && n === 0 && s === null)).toBe(true);
    expect(toil[10]).toEqual([2, 1, 0.2]);
    expect(toil[11]).toEqual([3.33, 3, 0.1111]);
    expect(body.weeks.map((w) => w.workingHours).slice(-2)).toEqual([10, 30]);
    // Recent: the last 4 complete weeks that anyone logged in, here 2: (120 + 200) / 2 min a week,
    // and 320 min over (10 + 30) h.
    expect(body.headline).toEqual({
      toilHoursThisWeek: 3.33,
      toilShareThisWeek: 0.1111,
      recentWeeks: 2,
      toilHoursPerWeek: 2.67,
      toilShare: 0.1333,
      toilShareCap: 0.5,
      savedHoursPerYear: 0,
      automationsMeasured: 0,
    });
    expect(body.topChores.map((c) => c.key)).toEqual(['deploy', 'triage']);
    expect(body.topChores[0]?.weeklyHours).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2.33]);
    expect(body.topChores[1]?.weeklyHours).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(body.recommendation).toMatchObject({ key: 'deploy', name: 'Deploy', people: 2, horizonYears: 5 });
    expect(body.recommendation?.sentence).toMatch(
      /^Automate “Deploy” first: it costs the team about .* across 2 people/,
    );
    const board = await callJson<{ recommendation: string }>('/v1/leaderboard?week=2026-11-18', {
      token: bo.token,
    });
    expect(body.recommendation?.sentence).toBe(board.body.recommendation);
  });

  it('measures what the team’s automations save from its weekly totals before and after', async () => {
    const team = await createTeam();
    const [ana, bo] = [await join(team), await join(team)];
    // Automated on Tuesday 4 weeks ago. Before: each of ana and bo ran it once a week for 25 min
    // (2 x 30 = 60 min a week with switches); after: only ana, once a week (30 min a week).
    const automated = {
      createdAt: LONG_AGO,
      status: 'automated',
      automatedAt: weekAgo(4) + DAY,
      automationHours: 10,
    } as const;
    const before = [5, 6, 7, 8].map((n): [number, number] => [weekAgo(n) + DAY, 25]);
    const after = [0, 1, 2, 3].map((n): [number, number] => [weekAgo(n) + DAY, 25]);
    await logs(ana.token, chore({ name: 'Restart CI', ...automated }), ...before, ...after);
    await logs(bo.token, chore({ name: 'restart ci', ...automated }), ...before);

    const { body } = await summaryOf(ana.token);
    // The ranked week is complete: its last instant is the "now" of the figures, 4 weeks after less 1 ms.
    const saved = ((60 - 120 / (4 - 1 / (7 * DAY))) * WEEKS_PER_YEAR) / 60;
    expect(body.savings).toEqual([
      {
        key: 'restart ci',
        name: 'Restart CI',
        automatedAt: weekAgo(4) + DAY,
        beforeHoursPerWeek: 1,
        afterHoursPerWeek: 0.5,
        savedHoursPerYear: Math.round(saved * 10) / 10,
        paybackWeeks: 20,
        sentence:
          'Automating “Restart CI” saves 26 h a year (from 1 h to 30 min a week); the 10 h it took to build paid off in 5 months.',
      },
    ]);
    expect(body.headline.savedHoursPerYear).toBe(26.1);
    expect(body.headline.automationsMeasured).toBe(1);
  });

  it('is for members: a view link, a missing token and a bad week are refused', async () => {
    const team = await createTeam();
    const m = await join(team);
    const link = await callJson<{ url: string }>('/v1/view-links', { token: team.adminToken, body: {} });
    const viewToken = new URL(link.body.url).pathname.split('/').pop();
    expect((await call('/v1/team/summary', { token: viewToken })).status).toBe(401);
    expect((await call('/v1/team/summary')).status).toBe(401);
    expect((await call('/v1/team/summary?week=2026-02-30', { token: m.token })).status).toBe(400);
    const now = await callJson<TeamSummary>('/v1/team/summary', { token: m.token });
    expect(now.status).toBe(200);
    expect(now.body.week.partial).toBe(true);
    expect(now.body.weeks.at(-1)?.partial).toBe(true);
    expect(now.body.headline.toilShare).toBeNull();
    expect(now.body.recommendation).toBeNull();
  });
});
