import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Leaderboard } from '../../shared/api/leaderboard';
import type { WireChore } from '../../shared/api/sync';
import {
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
import { teamOf } from './rollup-truth';

const AUTOMATED = { status: 'automated' as const, automatedAt: Date.UTC(2026, 9, 1), upkeepHoursPerYear: 10 };
const THIS_WEEK = Date.UTC(2026, 10, 17, 9);

/**
 * A team whose members each push their chores (with one occurrence each this week), in this order. It
 * shows every chore (minPeople 1), so the leaderboard shows a chore one member logs.
 */
async function teamWith(...perMember: WireChore[][]) {
  const team = await createTeam(EVERY_CHORE);
  const members = [];
  for (const chores of perMember) {
    const m = await join(team);
    members.push(m);
    await pushChanges(m.token, [
      ...chores.map(choreChange),
      ...chores.map((c) => occurrenceChange(occurrence(c.id, { at: THIS_WEEK, minutes: 30 }))),
    ]);
  }
  const teamId = await teamOf(members[0]?.memberId ?? '');
  const key = await env.DB.prepare('SELECT * FROM chore_keys WHERE team_id = ?').bind(teamId).first();
  return { members, key };
}

describe('the team-wide descriptor of a chore key', () => {
  it('takes the status most members give it, one vote per member however many chores they have', async () => {
    const { members, key } = await teamWith(
      [chore({ name: 'Deploy' })],
      [chore({ name: 'deploy' })],
      // The last to push, with three chores of the name, all automated: one vote.
      [1, 2, 3].map(() => chore({ name: 'DEPLOY', ...AUTOMATED })),
    );
    expect(key).toMatchObject({
      status: 'manual',
      people: 3,
      upkeep_hours_per_year: null,
      automated_at: null,
    });
    const board = await callJson<Leaderboard>('/v1/leaderboard?week=2026-11-16', {
      token: members[0]?.token,
    });
    expect(board.body.chores[0]).toMatchObject({ key: 'deploy', status: 'manual' });
    expect(board.body.recommendation?.toLowerCase()).toContain('deploy');
  });

  it('gives a tie to the least automated status, so one member cannot drop a shared chore from the recommendation', async () => {
    const { members, key } = await teamWith(
      [chore({ name: 'Rotate certs' })],
      [chore({ name: 'Rotate certs', ...AUTOMATED })],
    );
    expect(key).toMatchObject({ status: 'manual', people: 2 });
    const board = await callJson<Leaderboard>('/v1/leaderboard?week=2026-11-16', {
      token: members[1]?.token,
    });
    expect(board.body.recommendation).toContain('Rotate certs');
  });

  it('takes the automation figures from the members giving the winning status', async () => {
    const { key } = await teamWith(
      [chore({ name: 'Backup', ...AUTOMATED, upkeepHoursPerYear: 4 })],
      [chore({ name: 'Backup', ...AUTOMATED, automatedAt: Date.UTC(2026, 8, 1), upkeepHoursPerYear: 8 })],
      [chore({ name: 'Backup', automationEstimateHours: 40 })],
    );
    expect(key).toMatchObject({
      status: 'automated',
      automated_at: Date.UTC(2026, 8, 1),
      upkeep_hours_per_year: 6,
      automation_estimate_hours: null,
    });
  });

  it('averages annoyance per member, not per chore', async () => {
    const { key } = await teamWith(
      [5, 5, 5].map((annoyance) => chore({ name: 'Triage alerts', annoyance })),
      [chore({ name: 'Triage alerts', annoyance: 1 })],
    );
    // Per chore it would be (5 + 5 + 5 + 1) / 4 = 4.
    expect(key).toMatchObject({ annoyance: 3, people: 2 });
  });

  it('takes the name most members write, not the last one pushed', async () => {
    const { key } = await teamWith(
      [chore({ name: 'Restart job' })],
      [chore({ name: 'Restart job' })],
      [1, 2, 3].map(() => chore({ name: 'RESTART JOB' })),
    );
    expect(key).toMatchObject({ key: 'restart job', name: 'Restart job' });
  });

  it('is what the 0002 migration computes from the same chores (its backfill and the pushes agree)', async () => {
    const { members } = await teamWith(
      [chore({ name: 'Deploy', annoyance: 2 }), chore({ name: 'Backup', ...AUTOMATED, automationHours: 3 })],
      [1, 2].map(() => chore({ name: 'deploy', ...AUTOMATED, annoyance: 5 })),
      [chore({ name: 'BACKUP', automationEstimateHours: 12 }), chore({ name: 'Deploy', archived: true })],
    );
    const teamId = await teamOf(members[0]?.memberId ?? '');
    const snapshot = async () => ({
      members: (
        await env.DB.prepare('SELECT * FROM member_chore_keys WHERE team_id = ? ORDER BY key, member_id')
          .bind(teamId)
          .all()
      ).results,
      keys: (
        await env.DB.prepare('SELECT * FROM chore_keys WHERE team_id = ? ORDER BY key').bind(teamId).all()
      ).results,
    });
    const maintained = await snapshot();
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0002'));
    const backfill = (migration?.queries ?? [])
      .map((q) => q.replace(/^\s*--.*$/gm, '').trim())
      .filter((q) => /^(INSERT|DELETE)/i.test(q));
    expect(backfill).toHaveLength(3);
    // Migration 0006 then fills the keys' latest weeks, as it does for a database migrated from 0002.
    const lastWeeks = (env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0006'))?.queries ?? []).filter(
      (q) => /^\s*UPDATE chore_keys/.test(q),
    );
    expect(lastWeeks).toHaveLength(1);
    await env.DB.batch([
      env.DB.prepare('DELETE FROM member_chore_keys'),
      ...[...backfill, ...lastWeeks].map((q) => env.DB.prepare(q)),
    ]);
    expect(await snapshot()).toEqual(maintained);
    expect(maintained.keys).toHaveLength(2);
  });

  it('takes the traits that change the ranking by one vote per member (migration 0005 agrees)', async () => {
    const traits = chore().traits;
    const { members } = await teamWith(
      [chore({ name: 'Review access', traits: { ...traits, automatable: false, scalesLinearly: true } })],
      [
        chore({ name: 'Review access', traits: { ...traits, automatable: false } }),
        chore({ name: 'Deploy' }),
      ],
      [
        chore({ name: 'Review access', traits: { ...traits, scalesLinearly: true } }),
        chore({ name: 'Deploy', traits: { ...traits, automatable: false } }),
      ],
    );
    const teamId = await teamOf(members[0]?.memberId ?? '');
    const keys = async () =>
      (
        await env.DB.prepare(
          'SELECT key, automatable, scales_linearly FROM chore_keys WHERE team_id = ? ORDER BY key',
        )
          .bind(teamId)
          .all()
      ).results;
    // Review access: two of three not automatable, two of three growing. Deploy: a tie stays automatable.
    expect(await keys()).toEqual([
      { key: 'deploy', automatable: 1, scales_linearly: 0 },
      { key: 'review access', automatable: 0, scales_linearly: 1 },
    ]);
    const maintained = {
      members: (
        await env.DB.prepare('SELECT * FROM member_chore_keys WHERE team_id = ? ORDER BY key, member_id')
          .bind(teamId)
          .all()
      ).results,
      keys: await keys(),
    };
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0005'));
    const backfill = (migration?.queries ?? [])
      .map((q) => q.replace(/^\s*--.*$/gm, '').trim())
      .filter((q) => /^UPDATE/i.test(q));
    expect(backfill).toHaveLength(2);
    await env.DB.batch([
      env.DB.prepare('UPDATE member_chore_keys SET automatable = 1, scales_linearly = 0'),
      env.DB.prepare('UPDATE chore_keys SET automatable = 1, scales_linearly = 0'),
      ...backfill.map((q) => env.DB.prepare(q)),
    ]);
    expect({
      members: (
        await env.DB.prepare('SELECT * FROM member_chore_keys WHERE team_id = ? ORDER BY key, member_id')
          .bind(teamId)
          .all()
      ).results,
      keys: await keys(),
    }).toEqual(maintained);
  });
});

describe('the team leaderboard’s honesty (issue 14)', () => {
  it('never recommends a chore most members mark as not automatable, however painful', async () => {
    const traits = chore().traits;
    const manual = { traits: { ...traits, automatable: false } };
    const { members } = await teamWith(
      [chore({ name: 'Review access', ...manual }), chore({ name: 'Deploy' })],
      [chore({ name: 'Review access', ...manual })],
    );
    const board = await callJson<Leaderboard>('/v1/leaderboard?week=2026-11-16', {
      token: members[0]?.token,
    });
    expect(board.body.chores.map((c) => c.key)).toEqual(['review access', 'deploy']);
    expect(board.body.recommendation).toContain('Deploy');
    expect(board.body.recommendation).not.toContain('Review access');
  });

  it('marks a chore still learning and gives the recommendation no yearly figure until it has history', async () => {
    const { members } = await teamWith([chore({ name: 'Rotate certs' })], [chore({ name: 'Rotate certs' })]);
    const board = await callJson<Leaderboard>('/v1/leaderboard?week=2026-11-16', {
      token: members[0]?.token,
    });
    // Two entries, both in the week of 16 November; tracked since 2 November (T0), ranked as of 22 November.
    expect(board.body.chores[0]).toMatchObject({ key: 'rotate certs', learning: { entries: 2, days: 20 } });
    expect(board.body.recommendation).toBe(
      '“Rotate certs” leads so far, but it is still learning: based on 2 entries over 20 days: too little for a yearly figure yet.',
    );

    // An entry in an earlier week settles it.
    const [first] = members;
    const [c] = (
      await env.DB.prepare('SELECT id FROM chores WHERE member_id = ?')
        .bind(first?.memberId)
        .all<{ id: string }>()
    ).results;
    await pushChanges(first?.token ?? '', [
      occurrenceChange(occurrence(c?.id ?? '', { at: THIS_WEEK - 7 * 86_400_000, minutes: 30 })),
    ]);
    const settled = await callJson<Leaderboard>('/v1/leaderboard?week=2026-11-16', { token: first?.token });
    expect(settled.body.chores[0]?.learning).toBeUndefined();
    expect(settled.body.recommendation).toMatch(
      /^Automate “Rotate certs” first: it costs the team about \d+ h a year across 2 people/,
    );
  });
});
