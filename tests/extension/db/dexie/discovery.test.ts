import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../extension/db/core/errors';
import {
  acceptCandidate,
  dismissCandidate,
  forgetDiscovery,
  getDiscovery,
  saveDiscoveryWeeks,
  storeDiscovery,
} from '../../../../extension/db/dexie/discovery';
import { addEstimates, estimatesOf, removeEstimates } from '../../../../extension/db/dexie/estimates';
import { exportJson } from '../../../../extension/db/dexie/transfer';
import { logClick } from '../../../../extension/db/idb/quick';
import { discover, isDismissed } from '../../../../shared/discovery';
import { options, realisticHistory } from '../../../shared/discovery-history';
import { NOW } from '../../../shared/fixtures';
import { dump, expectRollupsMatchHistory, freshDb } from '../../fixtures/db';
import { createChore } from '../../fixtures/dexie-verbs';

const found = discover(realisticHistory(), options());
const ci = found.candidates.find((c) => c.host === 'ci.example.com');
if (!ci) throw new Error('the realistic history has a CI candidate');

async function withCandidates() {
  const db = await freshDb();
  await storeDiscovery(db, found, NOW);
  return db;
}

describe('discovery storage', () => {
  it('stores a run: candidates as found, the window and what was read; the setting defaults to 4 weeks', async () => {
    const db = await withCandidates();
    const state = await getDiscovery(db);
    expect(state.candidates.map((c) => c.id).sort()).toEqual(found.candidates.map((c) => c.id).sort());
    expect(state.candidates.find((c) => c.id === ci.id)).toEqual(ci);
    expect(state.meta).toEqual({ weeks: 4, lastRun: { at: NOW, window: found.window, stats: found.stats } });
    expect(state.dismissed.size).toBe(0);
  });

  it('keeps the weeks setting between 1 and 12, refusing anything else with a message', async () => {
    const db = await freshDb();
    expect(await saveDiscoveryWeeks(db, 12)).toBe(12);
    await expect(saveDiscoveryWeeks(db, 13)).rejects.toThrow('history to read must be 1 to 12 whole weeks');
    await expect(saveDiscoveryWeeks(db, 0)).rejects.toBeInstanceOf(InputError);
    expect((await getDiscovery(db)).meta.weeks).toBe(12);
  });

  it('remembers a dismissal by template ids, across a new run', async () => {
    const db = await withCandidates();
    await dismissCandidate(db, ci.id, NOW);
    await storeDiscovery(db, discover(realisticHistory(), options()), NOW + 1);
    const { dismissed, candidates } = await getDiscovery(db);
    expect([...dismissed].sort()).toEqual([...ci.templateIds].sort());
    expect(candidates.filter((c) => isDismissed(c, dismissed)).map((c) => c.id)).toEqual([ci.id]);
    // Only ids are kept, never the URL template.
    expect(JSON.stringify(await db.dismissed.toArray())).not.toContain('ci.example.com');
  });

  it('accepts a candidate as a chore with its site pattern and minutes, renamed if asked, once', async () => {
    const db = await withCandidates();
    const chore = await acceptCandidate(db, ci.id, { name: 'Rebuild deploy-api' }, NOW);
    expect(chore).toMatchObject({
      name: 'Rebuild deploy-api',
      sitePattern: 'ci.example.com',
      defaultMinutes: ci.typicalMinutes,
      status: 'manual',
      createdAt: NOW,
    });
    expect(await db.chores.get(chore.id)).toEqual(chore);
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ table: 'chores', id: chore.id })]);
    expect((await db.candidates.get(ci.id))?.choreId).toBe(chore.id);
    await expect(acceptCandidate(db, ci.id, {}, NOW)).rejects.toThrow('already a chore');
    // A new run keeps the link, so the candidate is not offered again.
    await storeDiscovery(db, found, NOW + 1);
    expect((await db.candidates.get(ci.id))?.choreId).toBe(chore.id);
  });

  it('refuses a name another chore holds, and an unknown candidate, changing nothing', async () => {
    const db = await withCandidates();
    await createChore(db, { name: 'Rebuild', defaultMinutes: 3 }, NOW);
    const before = await dump(db);
    await expect(acceptCandidate(db, ci.id, { name: 'rebuild' }, NOW)).rejects.toThrow(
      'A chore named "rebuild" already exists',
    );
    await expect(acceptCandidate(db, 'tpl-nothing', {}, NOW)).rejects.toThrow('run discovery again');
    expect(await dump(db)).toEqual(before);
  });
});

describe('estimated past occurrences', () => {
  it('adds the occurrences found, marked discovered, in rollups and outbox; dates the chore back; once', async () => {
    const db = await withCandidates();
    const chore = await acceptCandidate(db, ci.id, {}, NOW);
    expect(await addEstimates(db, ci.id, NOW)).toBe(ci.estimates.length);
    const added = await estimatesOf(db, chore.id);
    expect(added.map((o) => [o.at, o.minutes, o.source]).sort()).toEqual(
      ci.estimates.map((e) => [e.at, e.minutes, 'discovered']).sort(),
    );
    await expectRollupsMatchHistory(db);
    const outbox = await db.outbox.toArray();
    expect(outbox.filter((r) => r.table === 'occurrences')).toHaveLength(ci.estimates.length);
    expect((await db.chores.get(chore.id))?.createdAt).toBe(ci.estimates[0]?.at);
    expect(await addEstimates(db, ci.id, NOW)).toBe(0);
    expect(await estimatesOf(db, chore.id)).toHaveLength(ci.estimates.length);
  });

  it('removes them again in one go, keeping what was logged by hand and the rollups right', async () => {
    const db = await withCandidates();
    const chore = await acceptCandidate(db, ci.id, {}, NOW);
    await addEstimates(db, ci.id, NOW);
    const logged = await logClick(
      db.backendDB(),
      { choreId: chore.id, minutes: 4, source: 'click' },
      NOW + 1000,
    );
    expect(await removeEstimates(db, chore.id, NOW + 2000)).toBe(ci.estimates.length);
    expect(await estimatesOf(db, chore.id)).toEqual([]);
    const live = (await db.occurrences.toArray()).filter((o) => !o.deleted);
    expect(live.map((o) => o.id)).toEqual([logged.id]);
    const tombstones = (await db.occurrences.toArray()).filter((o) => o.deleted);
    expect(tombstones).toHaveLength(ci.estimates.length);
    expect(
      (await db.outbox.toArray()).filter((r) => r.table === 'occurrences' && r.op === 'delete'),
    ).toHaveLength(ci.estimates.length);
    await expectRollupsMatchHistory(db);
    expect((await db.chores.get(chore.id))?.createdAt).toBe(NOW + 1000);
  });

  it('needs an accepted candidate', async () => {
    const db = await withCandidates();
    await expect(addEstimates(db, ci.id, NOW)).rejects.toThrow('Accept the candidate first.');
  });
});

describe('Stop and forget, and exports', () => {
  it('deletes every candidate, dismissal and the setting; accepted chores and entries stay', async () => {
    const db = await withCandidates();
    await saveDiscoveryWeeks(db, 6);
    const other = found.candidates.find((c) => c.id !== ci.id);
    if (other) await dismissCandidate(db, other.id, NOW);
    const chore = await acceptCandidate(db, ci.id, {}, NOW);
    await addEstimates(db, ci.id, NOW);
    await forgetDiscovery(db);
    expect(await db.candidates.count()).toBe(0);
    expect(await db.dismissed.count()).toBe(0);
    expect(await db.kv.get('discovery')).toBeUndefined();
    expect(await db.chores.get(chore.id)).toBeDefined();
    expect(await estimatesOf(db, chore.id)).toHaveLength(ci.estimates.length);
  });

  it('never puts candidates or templates into the JSON export', async () => {
    const db = await withCandidates();
    const text = await exportJson(db, NOW);
    for (const c of found.candidates) expect(text).not.toContain(c.host);
  });
});
