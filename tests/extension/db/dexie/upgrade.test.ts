import { Dexie } from 'dexie';
import { expect, it } from 'vitest';
import { ToilDb } from '../../../../extension/db/dexie/schema';
import type { Chore, Occurrence } from '../../../../shared/model';
import { NO_TRAITS } from '../../../../shared/model';
import { DAY, expectRollupsMatchHistory, HOUR, WED } from '../../fixtures/db';
import { logOccurrence } from '../../fixtures/dexie-verbs';

const chore = (id: string, name: string): Chore => ({
  id,
  name,
  key: name.toLowerCase(),
  traits: NO_TRAITS,
  annoyance: 3,
  defaultMinutes: 5,
  status: 'manual',
  private: false,
  archived: false,
  createdAt: WED - 30 * DAY,
  updatedAt: WED - 30 * DAY,
  deleted: false,
});
const occ = (id: string, choreId: string, at: number, minutes: number, deleted = false): Occurrence => ({
  id,
  choreId,
  at,
  minutes,
  source: 'click',
  updatedAt: at,
  deleted,
});

it('upgrades a version 1 database with data: records kept, rollups built from the history', async () => {
  const name = `upgrade-${Date.now()}`;
  // Version 1 exactly as it shipped, written by a raw Dexie declaration.
  const v1 = new Dexie(name);
  v1.version(1).stores({
    chores: 'id, key',
    occurrences: 'id, at, [choreId+at]',
    outbox: '++seq',
    kv: 'key',
  });
  const chores = [chore('chore-aaaa', 'Deploy'), chore('chore-bbbb', 'Triage')];
  const occurrences = [
    occ('occ-00001', 'chore-aaaa', WED, 30),
    occ('occ-00002', 'chore-aaaa', WED - DAY, 20),
    occ('occ-00003', 'chore-aaaa', WED - 7 * DAY, 25),
    occ('occ-00004', 'chore-bbbb', WED - HOUR, 5),
    occ('occ-00005', 'chore-bbbb', WED - 2 * HOUR, 50, true),
  ];
  await v1.table('chores').bulkAdd(chores);
  await v1.table('occurrences').bulkAdd(occurrences);
  await v1.table('kv').add({ key: 'settings', value: { timeZone: 'Europe/Berlin', weekStartsOn: 1 } });
  await v1.table('outbox').add({ table: 'chores', id: 'chore-aaaa', op: 'put', at: WED });
  v1.close();

  const db = new ToilDb(name);
  await db.open();
  expect(db.verno).toBe(4);
  expect(await db.pending.count()).toBe(0);
  expect(await db.chores.toArray()).toEqual(chores);
  expect(await db.occurrences.orderBy('id').toArray()).toEqual(occurrences);
  expect(await db.outbox.count()).toBe(1);
  const weekly = await db.weekly.toArray();
  expect(weekly.map((w) => [w.choreId, w.occurrences, w.minutes]).sort()).toEqual([
    ['chore-aaaa', 1, 25],
    ['chore-aaaa', 2, 50],
    ['chore-bbbb', 1, 5],
  ]);
  expect((await db.choreStats.get('chore-aaaa'))?.recent.map((r) => r.id)).toEqual([
    'occ-00001',
    'occ-00002',
    'occ-00003',
  ]);
  await expectRollupsMatchHistory(db);

  // And the upgraded database keeps working incrementally.
  await logOccurrence(db, { choreId: 'chore-bbbb', source: 'click' }, WED + HOUR);
  await expectRollupsMatchHistory(db);
  db.close();
});

it('upgrades a version 3 database to 4: every record kept, discovery starts empty', async () => {
  const name = `upgrade-v3-${Date.now()}`;
  // Version 3 as it shipped: the stores of versions 1 to 3, declared raw.
  const v3 = new Dexie(name);
  v3.version(3).stores({
    chores: 'id, key',
    occurrences: 'id, at, [choreId+at]',
    outbox: '++seq',
    kv: 'key',
    weekly: '[choreId+weekStart], weekStart',
    daily: 'dayStart',
    choreStats: 'choreId, lastAt',
    pending: '++seq',
  });
  const chores = [chore('chore-aaaa', 'Deploy')];
  const occurrences = [occ('occ-00001', 'chore-aaaa', WED, 30)];
  await v3.table('chores').bulkAdd(chores);
  await v3.table('occurrences').bulkAdd(occurrences);
  await v3.table('kv').add({ key: 'settings', value: { timeZone: 'Europe/Berlin', weekStartsOn: 1 } });
  v3.close();

  const db = new ToilDb(name);
  await db.open();
  expect(db.verno).toBe(4);
  expect(await db.chores.toArray()).toEqual(chores);
  expect(await db.occurrences.toArray()).toEqual(occurrences);
  expect(await db.candidates.count()).toBe(0);
  expect(await db.dismissed.count()).toBe(0);
  await db.dismissed.put({ templateId: 'tpl-0123456789abcdef', at: WED });
  expect(await db.dismissed.count()).toBe(1);
  db.close();
});
