import { describe, expect, it } from 'vitest';
import type { Leaderboard } from '../../shared/api/leaderboard';
import { type Chore, choreKey, NO_TRAITS, type Occurrence } from '../../shared/model';
import { rankChores } from '../../shared/ranking';
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
const RANKED_MONDAY = Date.UTC(2026, 10, 16);
const WEEK_END = RANKED_MONDAY + 7 * DAY;

/** Deterministic pseudo-random numbers, so the seeded history is the same on every run. */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('leaderboard', () => {
  it('equals the shared ranking computed independently from the same occurrences', async () => {
    const team = await createTeam(EVERY_CHORE);
    const people = [await join(team), await join(team), await join(team)];
    const names = [
      ['Restart flaky job', 'restart  FLAKY job', 'Restart flaky job'],
      ['Rotate certs'],
      ['Triage alerts', 'triage alerts'],
    ];
    const random = seeded(42);
    const all: { chore: ReturnType<typeof chore>; occurrences: Occurrence[] }[] = [];
    for (const [n, variants] of names.entries()) {
      for (const [p, name] of variants.entries()) {
        const member = people[p];
        if (!member) continue;
        const c = chore({ name, annoyance: 2 + n, createdAt: RANKED_MONDAY - 60 * DAY });
        const occs = Array.from({ length: 15 + n * 10 }, () =>
          occurrence(c.id, {
            at: WEEK_END - 1 - Math.floor(random() * 8 * 7 * DAY),
            minutes: 1 + Math.floor(random() * 30),
          }),
        );
        await pushChanges(member.token, [choreChange(c), ...occs.map(occurrenceChange)]);
        all.push({ chore: c, occurrences: occs });
      }
    }
    const { status, body } = await callJson<Leaderboard>('/v1/leaderboard?week=2026-11-18', {
      token: people[0]?.token,
    });
    expect(status).toBe(200);

    // Independently: the team's chores merged by key, the raw occurrences re-pointed at the key.
    const byKey = new Map<string, Chore>();
    for (const { chore: c } of all) {
      const key = choreKey(c.name);
      const same = all.filter((x) => choreKey(x.chore.name) === key).map((x) => x.chore);
      const annoyance = Math.round(same.reduce((s, x) => s + x.annoyance, 0) / same.length);
      byKey.set(key, {
        ...c,
        id: key,
        key,
        annoyance,
        traits: NO_TRAITS,
        private: false,
        deleted: false,
        archived: false,
      });
    }
    const occurrences = all.flatMap(({ chore: c, occurrences: os }) =>
      os.map((o) => ({ ...o, choreId: choreKey(c.name) })),
    );
    const expected = rankChores({
      chores: [...byKey.values()],
      occurrences,
      now: WEEK_END - 1,
      settings: { timeZone: 'UTC', weekStartsOn: 1, contextSwitchMinutes: 5, horizonYears: 5 },
    });
    const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
    expect(body.week.start).toBe(RANKED_MONDAY);
    expect(body.chores.map((c) => c.key)).toEqual(expected.chores.map((c) => c.choreId));
    expect(
      body.chores.map((c) => [c.occurrencesThisWeek, c.hoursThisWeek, c.hoursPerYear, c.breakEvenHours]),
    ).toEqual(
      expected.chores.map((c) => [
        c.thisWeek.occurrences,
        round(c.thisWeek.minutes / 60, 2),
        round(c.hoursPerYear, 1),
        round(c.breakEvenHours, 1),
      ]),
    );
    expect(body.chores.find((c) => c.key === 'restart flaky job')?.people).toBe(3);
    expect(body.chores.find((c) => c.key === 'rotate certs')?.people).toBe(1);
  });

  it('phrases its recommendation for the team: what it costs the team, across how many people', async () => {
    const team = await createTeam();
    const [a, b] = [await join(team), await join(team)];
    for (const [p, name] of [
      [a, 'Deploy'],
      [b, 'deploy'],
    ] as const) {
      const c = chore({ name, createdAt: RANKED_MONDAY - 30 * DAY });
      const occs = [1, 8, 15].map((d) => occurrence(c.id, { at: RANKED_MONDAY - d * DAY }));
      await pushChanges(p.token, [choreChange(c), ...occs.map(occurrenceChange)]);
    }
    const { body } = await callJson<Leaderboard>('/v1/leaderboard?week=2026-11-16', { token: a.token });
    expect(body.recommendation).toMatch(
      /^Automate “Deploy” first: it costs the team about [\d.]+ h a year across 2 people \(/,
    );
  });

  it('hides chores reported by fewer people than the team’s minimum', async () => {
    const team = await createTeam({ settings: { minPeople: 2 } });
    const a = await join(team);
    const b = await join(team);
    const shared = [chore({ name: 'Deploy' }), chore({ name: 'deploy' })];
    const lonely = chore({ name: 'Something only Ana does' });
    const at = RANKED_MONDAY + DAY;
    await pushChanges(a.token, [
      choreChange(shared[0] ?? lonely),
      choreChange(lonely),
      occurrenceChange(occurrence(shared[0]?.id ?? '', { at })),
      occurrenceChange(occurrence(lonely.id, { at })),
    ]);
    await pushChanges(b.token, [
      choreChange(shared[1] ?? lonely),
      occurrenceChange(occurrence(shared[1]?.id ?? '', { at })),
    ]);
    const res = await call('/v1/leaderboard?week=2026-11-16', { token: a.token });
    const text = await res.text();
    const body = JSON.parse(text) as Leaderboard;
    expect(body.chores.map((c) => c.key)).toEqual(['deploy']);
    expect(body.hiddenChores).toBe(1);
    expect(text).not.toContain('only Ana');
  });

  it('exposes no ids of members or other teams and no token hashes', async () => {
    const mine = await createTeam(EVERY_CHORE);
    const theirs = await createTeam();
    const m = await join(mine);
    const t = await join(theirs);
    const mc = chore({ name: 'Mine' });
    const tc = chore({ name: 'Theirs' });
    await pushChanges(m.token, [choreChange(mc), occurrenceChange(occurrence(mc.id, { at: RANKED_MONDAY }))]);
    await pushChanges(t.token, [choreChange(tc), occurrenceChange(occurrence(tc.id, { at: RANKED_MONDAY }))]);
    const res = await call('/v1/leaderboard?week=2026-11-16', { token: m.token });
    const text = await res.text();
    for (const secret of [t.memberId, m.memberId, tc.id, mc.id, t.token, m.token, 'Theirs'])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
    expect((JSON.parse(text) as Leaderboard).chores.map((c) => c.name)).toEqual(['Mine']);
  });

  it('answers 400 for a week that is not a date', async () => {
    const team = await createTeam();
    for (const week of ['last', '2026-02-30', '2026-13-01']) {
      expect((await call(`/v1/leaderboard?week=${week}`, { token: team.adminToken })).status, week).toBe(400);
    }
  });

  it('moves weeks to the team’s new time zone and week start', async () => {
    const team = await createTeam(EVERY_CHORE);
    const m = await join(team);
    const c = chore();
    // Sunday 23:30 UTC is already Monday in Tokyo.
    await pushChanges(m.token, [
      choreChange(c),
      occurrenceChange(occurrence(c.id, { at: RANKED_MONDAY - 30 * 60_000 })),
    ]);
    const before = await callJson<Leaderboard>('/v1/leaderboard?week=2026-11-16', { token: m.token });
    expect(before.body.chores.map((x) => x.occurrencesThisWeek)).toEqual([0]);
    await call('/v1/team', {
      method: 'PATCH',
      token: team.adminToken,
      body: { settings: { timeZone: 'Asia/Tokyo' } },
    });
    const after = await callJson<Leaderboard>('/v1/leaderboard?week=2026-11-16', { token: m.token });
    expect(after.body.week.label).toBe('2026-11-16');
    expect(after.body.chores.map((x) => x.occurrencesThisWeek)).toEqual([1]);
  });
});

describe('catalogue', () => {
  it('lists the team’s chores once per key with the number of people using it', async () => {
    const team = await createTeam(EVERY_CHORE);
    const a = await join(team);
    const b = await join(team);
    await pushChanges(a.token, [choreChange(chore({ name: 'Deploy hotfix' }))]);
    await pushChanges(b.token, [
      choreChange(chore({ name: 'deploy HOTFIX' })),
      choreChange(chore({ name: 'Rotate certs' })),
    ]);
    const { status, body } = await callJson<{ chores: { key: string; people: number }[] }>('/v1/catalogue', {
      token: a.token,
    });
    expect(status).toBe(200);
    expect(body.chores.map((c) => [c.key, c.people])).toEqual([
      ['deploy hotfix', 2],
      ['rotate certs', 1],
    ]);
    expect((await call('/v1/catalogue')).status).toBe(401);
  });
});
