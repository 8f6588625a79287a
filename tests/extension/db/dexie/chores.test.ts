import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../extension/db/core/errors';
import { rankMatches } from '../../../../extension/db/core/matching';
import { archiveChore, markAutomated, updateChore } from '../../../../extension/db/dexie/chores';
import { mergeChoresInto } from '../../../../extension/db/dexie/merge';
import { dump, freshDb, WED } from '../../fixtures/db';
import { createChore, setStatus } from '../../fixtures/dexie-verbs';

describe('createChore', () => {
  it('stores a chore with its key, defaults and an outbox row', async () => {
    const db = await freshDb();
    const { chore, existed } = await createChore(
      db,
      { name: '  Restart  Flaky Job ', defaultMinutes: 4 },
      WED,
    );
    expect(existed).toBe(false);
    expect(chore).toMatchObject({
      name: 'Restart  Flaky Job',
      key: 'restart flaky job',
      defaultMinutes: 4,
      status: 'manual',
      annoyance: 3,
      archived: false,
      deleted: false,
      createdAt: WED,
    });
    expect(await db.chores.get(chore.id)).toEqual(chore);
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ table: 'chores', id: chore.id, op: 'put' }),
    ]);
  });

  it('returns the existing chore for the same normalised name instead of a duplicate', async () => {
    const db = await freshDb();
    const first = await createChore(db, { name: 'Reset VPN', defaultMinutes: 4 }, WED);
    const again = await createChore(db, { name: ' reset  vpn', defaultMinutes: 9 }, WED);
    expect(again).toEqual({ chore: first.chore, existed: true });
    expect(await db.chores.count()).toBe(1);
  });

  it.each([
    [{ name: '', defaultMinutes: 5 }, 'name must not be empty'],
    [{ name: 'a'.repeat(121), defaultMinutes: 5 }, 'at most 120'],
    [{ name: '<b>x</b>\u0000', defaultMinutes: 5 }, 'control'],
    [{ name: 'Reset\u200b VPN', defaultMinutes: 5 }, 'invisible character (U+200B)'],
    [{ name: '\u3164', defaultMinutes: 5 }, 'invisible character (U+3164)'],
    [{ name: 'ok', defaultMinutes: 0 }, 'more than 0'],
    [{ name: 'ok', defaultMinutes: 5, sitePattern: 'https://github.com/x' }, 'site pattern'],
  ])('rejects %o and stores nothing', async (input, message) => {
    const db = await freshDb();
    const before = await dump(db);
    await expect(createChore(db, input, WED)).rejects.toThrow(message);
    expect(await dump(db)).toEqual(before);
  });
});

describe('updateChore and friends', () => {
  it('renames with the key following, and sets then clears a site pattern', async () => {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'Old name', defaultMinutes: 5 }, WED);
    const renamed = await updateChore(db, chore.id, { name: 'New NAME', sitePattern: 'GitHub.com' }, WED + 1);
    expect(renamed).toMatchObject({
      name: 'New NAME',
      key: 'new name',
      sitePattern: 'github.com',
      updatedAt: WED + 1,
    });
    const cleared = await updateChore(db, chore.id, { sitePattern: '' }, WED + 2);
    expect(cleared.sitePattern).toBeUndefined();
    expect(await db.chores.get(chore.id)).toEqual(cleared);
    expect(await db.outbox.count()).toBe(3);
  });

  it('refuses a rename onto another chore and a patch of fields that are not editable', async () => {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'One', defaultMinutes: 5 }, WED);
    await createChore(db, { name: 'Two', defaultMinutes: 5 }, WED);
    const before = await dump(db);
    await expect(updateChore(db, chore.id, { name: ' two ' })).rejects.toThrow('already exists; merge');
    await expect(updateChore(db, chore.id, { id: 'hijacked-id' } as never)).rejects.toBeInstanceOf(
      InputError,
    );
    await expect(updateChore(db, chore.id, { annoyance: 9 })).rejects.toThrow(
      'annoyance must be from 1 to 5',
    );
    expect(await dump(db)).toEqual(before);
  });

  it('archives, marks automated with date and hours, and sets status', async () => {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'Rotate keys', defaultMinutes: 5 }, WED);
    expect((await archiveChore(db, chore.id, true, WED)).archived).toBe(true);
    const automated = await markAutomated(db, chore.id, { at: WED - 1000, hours: 6 }, WED);
    expect(automated).toMatchObject({ status: 'automated', automatedAt: WED - 1000, automationHours: 6 });
    expect((await setStatus(db, chore.id, 'automating', WED)).status).toBe('automating');
    const { chore: other } = await createChore(db, { name: 'Other', defaultMinutes: 5 }, WED);
    expect(await setStatus(db, other.id, 'automated', WED)).toMatchObject({
      status: 'automated',
      automatedAt: WED,
    });
    await expect(markAutomated(db, chore.id, { at: WED, hours: -1 })).rejects.toThrow(
      'hours must not be negative',
    );
  });
});

describe('rankMatches', () => {
  it('offers exact, then prefix, then contained matches by normalised key', async () => {
    const db = await freshDb();
    for (const name of ['Deploy hotfix', 'Deploy', 'Manual deploy', 'Reset password']) {
      await createChore(db, { name, defaultMinutes: 5 }, WED);
    }
    expect(rankMatches(await db.chores.toArray(), ' DEPLOY').map((c) => c.name)).toEqual([
      'Deploy',
      'Deploy hotfix',
      'Manual deploy',
    ]);
    expect(rankMatches(await db.chores.toArray(), '   ')).toEqual([]);
  });
});

describe('a chore named before the invisible-character rule', () => {
  /** A chore stored with a zero-width space in its name, as older versions let through. */
  async function legacyChore() {
    const db = await freshDb();
    const { chore } = await createChore(db, { name: 'Deploy', defaultMinutes: 5 }, WED);
    const legacy = { ...chore, name: 'Deploy\u200b' };
    await db.chores.put(legacy);
    return { db, legacy };
  }

  it('takes edits of its other fields, archiving and merging into another (deleted), keeping its name', async () => {
    const { db, legacy } = await legacyChore();
    expect(await updateChore(db, legacy.id, { annoyance: 5 }, WED + 1)).toMatchObject({
      name: 'Deploy\u200b',
      annoyance: 5,
    });
    expect(await archiveChore(db, legacy.id, true, WED + 2)).toMatchObject({ archived: true });
    const { chore: into } = await createChore(db, { name: 'Release', defaultMinutes: 5 }, WED);
    await mergeChoresInto(db, legacy.id, into.id, WED + 3);
    expect(await db.chores.get(legacy.id)).toMatchObject({ name: 'Deploy\u200b', deleted: true });
  });

  it('cannot be renamed to another name with an invisible character, and is left as it was', async () => {
    const { db, legacy } = await legacyChore();
    await expect(updateChore(db, legacy.id, { name: 'Deploy\u200b2' }, WED + 1)).rejects.toThrow(
      'name contains an invisible character (U+200B); remove it',
    );
    expect(await db.chores.get(legacy.id)).toEqual(legacy);
    expect(await updateChore(db, legacy.id, { name: 'Deploy' }, WED + 1)).toMatchObject({ name: 'Deploy' });
  });
});
