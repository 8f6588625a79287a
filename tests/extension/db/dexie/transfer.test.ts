import { expect, it } from 'vitest';
import { deleteOccurrence } from '../../../../extension/db/dexie/occurrences';
import { setChoreRepository } from '../../../../extension/db/dexie/repository';
import { exportCsv, exportJson, importJson } from '../../../../extension/db/dexie/transfer';
import { DAY, dump, expectRollupsMatchHistory, freshDb, WED } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';

async function someHistory() {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: '=cmd|calc', defaultMinutes: 5 }, WED);
  const { chore: other } = await createChore(db, { name: 'Other chore', defaultMinutes: 5 }, WED);
  await logOccurrence(
    db,
    { choreId: chore.id, minutes: 3, note: 'with "quotes", commas', source: 'click' },
    WED,
  );
  await logOccurrence(db, { choreId: other.id, minutes: 12, source: 'form' }, WED - 9 * DAY);
  const gone = await logOccurrence(db, { choreId: other.id, minutes: 7, source: 'form' }, WED - DAY);
  await deleteOccurrence(db, gone.id, WED);
  return db;
}

it('exports JSON that imports into a fresh database as the same history, rollups included', async () => {
  const source = await someHistory();
  const file = await exportJson(source, WED);
  const target = await freshDb();
  const result = await importJson(target, file, WED + 1);
  expect(result.ok).toBe(true);
  const [a, b] = [await dump(source), await dump(target)];
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
  expect(byId(b.chores)).toEqual(byId(a.chores));
  expect(byId(b.occurrences)).toEqual(byId(a.occurrences));
  expect(b.weekly).toEqual(a.weekly);
  expect(b.daily).toEqual(a.daily);
  expect(b.outbox).toHaveLength(a.chores.length + a.occurrences.length);
  await expectRollupsMatchHistory(target);
});

it('rejects a bad file with its first problems and changes nothing', async () => {
  const db = await someHistory();
  const before = await dump(db);
  const file = JSON.parse(await exportJson(db, WED)) as { occurrences: { minutes: number }[] };
  const first = file.occurrences[0];
  if (first) first.minutes = -5;
  const result = await importJson(db, JSON.stringify(file), WED);
  expect(result.ok).toBe(false);
  expect(result.ok ? [] : result.problems.map((p) => p.message).join(' ')).toContain(
    'minutes must be more than 0',
  );
  expect((await importJson(db, '{not json', WED)).ok).toBe(false);
  expect(await dump(db)).toEqual(before);
});

it('exports CSV of live entries, formula-safe', async () => {
  const csv = await exportCsv(await someHistory());
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(csv).not.toMatch(/,=cmd/);
  expect(csv).toContain('"with ""quotes"", commas"');
});

it('imports a chore already here under another id as that chore, moving its entries onto it', async () => {
  const source = await someHistory();
  const file = await exportJson(source, WED);
  const target = await freshDb();
  const { chore: mine } = await createChore(
    target,
    { name: 'other   CHORE', defaultMinutes: 9 },
    WED - 30 * DAY,
  );
  await logOccurrence(target, { choreId: mine.id, minutes: 4, source: 'click' }, WED - 2 * DAY);

  expect((await importJson(target, file, WED + 1)).ok).toBe(true);
  const { chores, occurrences } = await dump(target);
  const otherChores = chores.filter((c) => c.key === 'other chore');
  expect(otherChores.map((c) => c.id)).toEqual([mine.id]);
  const theirs = (await dump(source)).occurrences.filter((o) => o.choreId !== mine.id && !o.note);
  for (const o of theirs) expect((occurrences.find((x) => x.id === o.id) ?? o).choreId).toBe(mine.id);
  expect(occurrences.filter((o) => o.choreId === mine.id)).toHaveLength(3);
  await expectRollupsMatchHistory(target);

  // Importing the same file again changes nothing more.
  const before = await dump(target);
  expect((await importJson(target, file, WED + 2)).ok).toBe(true);
  const after = await dump(target);
  expect([after.chores, after.occurrences, after.weekly]).toEqual([
    before.chores,
    before.occurrences,
    before.weekly,
  ]);
});

it('drops every repository a file names, keeping the ones already set here, and says how many', async () => {
  const db = await freshDb();
  const { chore: here } = await createChore(db, { name: 'Deploy', defaultMinutes: 5 }, WED);
  const kept = await setChoreRepository(db, here.id, 'https://github.com/acme/deploy', WED);
  const file = JSON.parse(await exportJson(db, WED)) as { chores: Record<string, unknown>[] };
  const [first] = file.chores;
  if (!first) throw new Error('no chore exported');
  file.chores = [
    { ...first, repository: 'https://github.com.evil.example/acme/deploy', updatedAt: WED + 5 },
    { ...first, id: 'chore-from-file-1', name: 'Rotate keys', repository: 'https://github.com/acme/keys' },
  ];
  const result = await importJson(db, JSON.stringify(file), WED + 10);
  expect(result).toMatchObject({ ok: true, repositoriesDropped: 2 });
  expect((await db.chores.get(here.id))?.repository).toBe(kept.repository);
  expect(await db.chores.get('chore-from-file-1')).not.toHaveProperty('repository');
});
