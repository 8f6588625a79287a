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
  T0,
} from './helpers';

type Page = {
  changes: {
    type: string;
    version: number;
    chore?: { id: string };
    occurrence?: { id: string; minutes: number };
  }[];
  cursor: string;
  more: boolean;
};

const idOf = (c: Page['changes'][number]) => c.chore?.id ?? c.occurrence?.id ?? '';

async function pullAll(
  token: string,
  cursor: string,
  limit: number,
  between?: (page: number) => Promise<void>,
) {
  const seen: Page['changes'] = [];
  let next = cursor;
  for (let page = 0; page < 100; page++) {
    const { status, body } = await callJson<Page>(`/v1/sync/pull?cursor=${next}&limit=${limit}`, { token });
    expect(status).toBe(200);
    seen.push(...body.changes);
    next = body.cursor;
    if (between) await between(page);
    if (!body.more) return { seen, cursor: next };
  }
  throw new Error('pull did not finish');
}

describe('pull', () => {
  it('returns the member’s own records in server order, chores before their occurrences', async () => {
    const team = await createTeam();
    const m = await join(team);
    const c = chore();
    const o = occurrence(c.id);
    await pushChanges(m.token, [occurrenceChange(o), choreChange(c)]);
    const { body } = await callJson<Page>('/v1/sync/pull', { token: m.token });
    expect(body.changes.map((ch) => ch.type)).toEqual(['chore', 'occurrence']);
    expect(body.changes[0]?.chore).toEqual(c);
    expect(body.changes[1]?.occurrence).toEqual(o);
    expect(body.more).toBe(false);
  });

  it('keeps an estimated entry (source discovered, from toil discovery) as it was pushed', async () => {
    const team = await createTeam();
    const m = await join(team);
    const c = chore();
    const o = occurrence(c.id, { source: 'discovered' });
    const { body: pushed } = await pushChanges(m.token, [choreChange(c), occurrenceChange(o)]);
    expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const { body } = await callJson<Page>('/v1/sync/pull', { token: m.token });
    expect(body.changes[1]?.occurrence).toEqual(o);
  });

  it('never returns another member’s records', async () => {
    const team = await createTeam();
    const a = await join(team);
    const b = await join(team);
    await pushChanges(a.token, [choreChange(chore())]);
    const { body } = await callJson<Page>('/v1/sync/pull', { token: b.token });
    expect(body.changes).toEqual([]);
    expect(body.cursor).toBe('0');
  });

  it('misses and repeats nothing when writes land between pages', async () => {
    const team = await createTeam();
    const m = await join(team);
    const c = chore();
    const first = Array.from({ length: 25 }, (_, i) =>
      occurrence(c.id, { id: `occ-page-${String(i).padStart(3, '0')}` }),
    );
    await pushChanges(m.token, [choreChange(c), ...first.map(occurrenceChange)]);
    const added: string[] = [];
    const { seen } = await pullAll(m.token, '0', 4, async (page) => {
      if (page === 1) {
        const o = occurrence(c.id, { id: `occ-new-${page}` });
        added.push(o.id);
        // A new record, and an edit of one already delivered (it must come again, at its new version).
        await pushChanges(m.token, [
          occurrenceChange(o),
          occurrenceChange({ ...(first[0] ?? o), minutes: 77, updatedAt: T0 + 1 }),
        ]);
      }
    });
    const ids = seen.map(idOf);
    const positions = seen.map((s) => `${s.version}.${s.type}.${idOf(s)}`);
    expect(new Set(positions).size).toBe(positions.length);
    expect(new Set(ids)).toEqual(new Set([c.id, ...first.map((o) => o.id), ...added]));
    const last = seen.filter((s) => idOf(s) === first[0]?.id).at(-1);
    expect(last?.occurrence?.minutes).toBe(77);
  });

  it('answers 400 for a malformed cursor or limit', async () => {
    const team = await createTeam();
    for (const q of ['cursor=abc', 'cursor=1.table.x', 'limit=0', 'limit=NaN', 'limit=100000', 'extra=1']) {
      const res = await call(`/v1/sync/pull?${q}`, { token: team.adminToken });
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { message: string }).message.length).toBeGreaterThan(0);
    }
  });
});
