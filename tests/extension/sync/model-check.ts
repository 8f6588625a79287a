import { expect } from 'vitest';
import { syncNow } from '../../../extension/sync/engine';
import { readSyncState } from '../../../extension/sync/state';
import { wireChore, wireOccurrence } from '../../../extension/sync/wire';
import { PullResponseSchema } from '../../../shared/api/sync';
import { choreKey } from '../../../shared/model';
import type { Device } from './model-world';

export type Member = { token: string; memberId: string; adminToken: string; head: string; team: 'a' | 'b' };

async function get<T>(server: string, route: string, token: string): Promise<T> {
  const res = await fetch(`${server}${route}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${route} answered ${res.status}`);
  return (await res.json()) as T;
}

/** Everything the member's feed holds after `cursor`, as pulled (a record listed twice is a failure). */
async function pullFrom(server: string, m: Member, cursor: string) {
  const changes = [];
  let next = cursor;
  for (;;) {
    const page = PullResponseSchema.parse(
      await get(server, `/v1/sync/pull?cursor=${next}&limit=1000`, m.token),
    );
    changes.push(...page.changes);
    next = page.cursor;
    if (!page.more) return { changes, cursor: next };
  }
}

/** Where the member's feed ends now: a device that joins here starts from this cursor. */
export async function memberHead(server: string, m: Member) {
  return (await pullFrom(server, m, m.head)).cursor;
}

/**
 * The quiet period: devices sync on a healthy network, round after round, until a round in which no
 * device pushed anything: every pull of that round came after the last push, so all have everything.
 */
export async function settle(devices: Device[]) {
  const session = async (d: Device) => {
    const out = await syncNow({ db: d.db, lock: d.lock() });
    return out.status === 'synced' ? out.pushed : 1;
  };
  // Devices of the other member sync at the same time: they share no records.
  const serial = async (group: Device[]) => {
    let pushed = 0;
    for (const d of group) pushed += await session(d);
    return pushed;
  };
  for (let round = 0; round < 6; round++) {
    const groups = ['a', 'b'].map((m) => devices.filter((d) => d.member === m));
    const pushed = (await Promise.all(groups.map(serial))).reduce((x, y) => x + y, 0);
    if (pushed === 0) return;
  }
}

/** A record's content regardless of key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );

async function localRecords(d: Device) {
  const [chores, occurrences] = await Promise.all([d.db.chores.toArray(), d.db.occurrences.toArray()]);
  const wire = [...chores.map(wireChore), ...occurrences.map(wireOccurrence)];
  return new Map(
    wire.map((c) => [
      c.type === 'chore' ? `c:${c.chore.id}` : `o:${c.occurrence.id}`,
      canonical(c.type === 'chore' ? c.chore : c.occurrence),
    ]),
  );
}

export async function checkSettled(
  server: string,
  devices: Device[],
  members: Record<'a' | 'b', Member>,
  run: number,
  weekOf: number,
) {
  for (const d of devices) {
    expect(await d.db.outbox.count(), `${d.name} outbox`).toBe(0);
    const state = await readSyncState(d.db);
    expect(state?.paused, `${d.name} paused`).toBeUndefined();
    // The only refusal a member can cause on their own: editing on one device what another deleted.
    for (const r of state?.rejected ?? []) expect(r.reason, `${d.name} refused ${r.id}`).toMatch(/deleted/);
  }
  for (const m of Object.values(members)) {
    const { changes, cursor } = await pullFrom(server, m, m.head);
    m.head = cursor;
    const ids = changes.map((c) => (c.type === 'chore' ? `c:${c.chore.id}` : `o:${c.occurrence.id}`));
    expect(new Set(ids).size, 'a record listed twice by the server').toBe(ids.length);
    const onServer = new Map(
      changes.map((c, i) => [ids[i] ?? '', canonical(c.type === 'chore' ? c.chore : c.occurrence)]),
    );
    const mine = devices.filter((d) => d.member === m.team);
    for (const d of mine) expect(await localRecords(d), `${d.name} agrees with the server`).toEqual(onServer);
    await checkTeamTotals(server, m, mine[0], run, weekOf);
  }
}

/** The team leaderboard counts each live entry once, and holds only this team's chores. */
async function checkTeamTotals(
  server: string,
  m: Member,
  d: Device | undefined,
  run: number,
  weekOf: number,
) {
  if (!d) return;
  const week = new Date(weekOf).toISOString().slice(0, 10);
  const board = await get<{ chores: { key: string; occurrencesThisWeek: number }[] }>(
    server,
    `/v1/leaderboard?week=${week}`,
    m.adminToken,
  );
  const other = m.team === 'a' ? 'b-' : 'a-';
  expect(
    board.chores.filter((c) => c.key.startsWith(other)),
    'chores of the other team',
  ).toEqual([]);
  const chores = new Map((await d.db.chores.toArray()).map((c) => [c.id, c.key]));
  const expected = new Map<string, number>();
  for (const o of await d.db.occurrences.toArray()) {
    const key = chores.get(o.choreId) ?? '';
    if (!o.deleted) expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  for (const c of [0, 1]) {
    const key = choreKey(`${m.team}-${run}-${c}`);
    const shown = board.chores.find((e) => e.key === key)?.occurrencesThisWeek ?? 0;
    expect(shown, `team total of ${key}`).toBe(expected.get(key) ?? 0);
  }
}
