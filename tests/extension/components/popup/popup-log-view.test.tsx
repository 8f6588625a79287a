import { expect, it } from 'vitest';
import { PopupApp } from '../../../../extension/components/popup/PopupApp';
import { buildSnapshot } from '../../../../extension/db/core/snapshot';
import { readSnapshotRows } from '../../../../extension/db/idb/snapshot';
import { startTimer } from '../../../../extension/db/idb/timer';
import { freshDb, rawOf } from '../../fixtures/db';
import { createChore, logOccurrence, setStatus } from '../../fixtures/dexie-verbs';
import { button, byLabel, eventually, mount, submit, type } from '../../fixtures/ui';

// Each test clicks and re-reads several times through fake IndexedDB: on a busy machine that takes seconds.
const SLOW = 20_000;

/** Chores "Chore 1" to "Chore n", each done once, the higher numbers later (so they come first). */
async function withChores(n: number) {
  const db = await freshDb();
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const { chore } = await createChore(db, { name: `Chore ${i}`, defaultMinutes: i });
    await logOccurrence(db, { choreId: chore.id, source: 'click', at: Date.now() - (n - i + 1) * 60_000 });
    ids.push(chore.id);
  }
  return { db, ids };
}
const names = (root: HTMLElement) => [...root.querySelectorAll('.chore-row .name')].map((e) => e.textContent);
const logButtons = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('.chore-log')];
const loggedNames = async (db: Awaited<ReturnType<typeof freshDb>>, since: number) => {
  const chores = new Map((await db.chores.toArray()).map((c) => [c.id, c.name]));
  return (await db.occurrences.toArray())
    .filter((o) => o.updatedAt >= since && !o.deleted)
    .sort((a, b) => a.at - b.at)
    .map((o) => chores.get(o.choreId));
};
const press = (key: string, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

it(
  'logs the same chore when the same button is clicked twice: the buttons do not move while open',
  async () => {
    const { db } = await withChores(3);
    const root = mount(<PopupApp idb={await rawOf(db)} />);
    await eventually(() => expect(names(root)).toEqual(['Chore 3', 'Chore 2', 'Chore 1']));
    const since = Date.now();
    // Logging "Chore 1" three times would put it first in a fresh order; the open popup keeps its order.
    for (let i = 0; i < 3; i++) {
      logButtons(root)[2]?.click();
      await eventually(async () => expect(await loggedNames(db, since)).toHaveLength(i + 1));
      await eventually(() => expect(root.querySelector('.toast-text')?.textContent).toContain('Chore 1'));
    }
    expect(await loggedNames(db, since)).toEqual(['Chore 1', 'Chore 1', 'Chore 1']);
    expect(names(root)).toEqual(['Chore 3', 'Chore 2', 'Chore 1']);
  },
  SLOW,
);

it(
  'pins a chore to the top, where it shows even past "Show all", on this device only',
  async () => {
    const { db, ids } = await withChores(8);
    const root = mount(<PopupApp idb={await rawOf(db)} />);
    await eventually(() => expect(names(root)).toHaveLength(5));
    expect(names(root)).not.toContain('Chore 1');
    button(root, 'Show all 8 chores').click();
    await eventually(() => expect(names(root)).toHaveLength(8));
    const outboxBefore = await db.outbox.count();
    const pin = button(root, 'Pin Chore 1');
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    pin.click();
    await eventually(() => expect(names(root)[0]).toBe('Chore 1'));
    expect(button(root, 'Pin Chore 1').getAttribute('aria-pressed')).toBe('true');
    expect((await db.kv.get('pins'))?.value).toEqual([ids[0]]);
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect((await db.chores.get(ids[0] ?? ''))?.updatedAt).toBe(
      (await db.chores.get(ids[0] ?? ''))?.createdAt,
    );

    // Opened again, the pinned chore is first and shown, with the four most used before "Show all".
    const again = mount(<PopupApp idb={await rawOf(db)} />);
    await eventually(() =>
      expect(names(again)).toEqual(['Chore 1', 'Chore 8', 'Chore 7', 'Chore 6', 'Chore 5']),
    );
    button(again, 'Pin Chore 1').click();
    await eventually(async () => expect((await db.kv.get('pins'))?.value).toEqual([]));
  },
  SLOW,
);

it(
  'opens with the cursor in the name field; keys 1 to 9 log the nth button, typed there with Enter',
  async () => {
    const { db } = await withChores(3);
    const root = mount(<PopupApp idb={await rawOf(db)} />);
    await eventually(() => expect(names(root)).toHaveLength(3));
    const name = byLabel(root, 'Chore name');
    await eventually(() => expect(document.activeElement).toBe(name));
    expect(logButtons(root).map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3']);
    expect(logButtons(root).map((b) => b.querySelector('.key')?.textContent)).toEqual(['1', '2', '3']);

    // In the name field a digit is text; alone, Enter logs that button.
    const since = Date.now();
    press('2', name);
    type(name, '2');
    await eventually(() =>
      expect(root.querySelector('.number-hint')?.textContent).toBe('Enter logs button 2: Chore 2'),
    );
    await submit(root.querySelector('form.new-chore'));
    await eventually(async () => expect(await loggedNames(db, since)).toEqual(['Chore 2']));
    await eventually(() => expect(name.value).toBe(''));
    type(name, '2FA reset');
    await eventually(() => expect(root.querySelector('.number-hint')).toBeNull());
    press('3', byLabel(root, 'Minutes'));
    // Anywhere else on the page, the key alone logs; a key with no button does nothing.
    press('9');
    press('3');
    await eventually(async () => expect(await loggedNames(db, since)).toEqual(['Chore 2', 'Chore 1']));
    expect(name.value).toBe('2FA reset');
  },
  SLOW,
);

it(
  'asks before logging a timer stopped under a minute, and logs nothing when discarded',
  async () => {
    const { db, ids } = await withChores(1);
    const idb = await rawOf(db);
    await startTimer(idb, ids[0] ?? '', Date.now() - 3_000);
    const root = mount(<PopupApp idb={idb} />);
    await eventually(() => expect(root.querySelector('.timer.running')).not.toBeNull());
    const before = await db.occurrences.count();
    (root.querySelector('.timer.running') as HTMLButtonElement).click();
    await eventually(() =>
      expect(root.querySelector('dialog.short-timer')?.textContent).toContain('Log 1 min for Chore 1?'),
    );
    expect(await db.occurrences.count()).toBe(before);
    button(root, 'Log 1 min').click();
    await eventually(async () =>
      expect((await db.occurrences.toArray()).filter((o) => o.source === 'timer')).toMatchObject([
        { minutes: 1, deleted: false },
      ]),
    );

    await startTimer(idb, ids[0] ?? '', Date.now() - 2_000);
    await eventually(() => expect(root.querySelector('.timer.running')).not.toBeNull());
    (root.querySelector('.timer.running') as HTMLButtonElement).click();
    await eventually(() => expect(root.querySelector('dialog.short-timer')).not.toBeNull());
    button(root, 'Discard').click();
    await eventually(() => expect(root.querySelector('dialog.short-timer')).toBeNull());
    expect(await db.occurrences.count()).toBe(before + 1);
    expect(await db.kv.get('timer')).toBeUndefined();
  },
  SLOW,
);

it(
  'keeps automated chores off the buttons but offers them by name; says "Removed X." on one line',
  async () => {
    const { db, ids } = await withChores(2);
    await setStatus(db, ids[1] ?? '', 'automated');
    const root = mount(<PopupApp idb={await rawOf(db)} />);
    await eventually(() => expect(names(root)).toEqual(['Chore 1']));
    type(byLabel(root, 'Chore name'), 'chore 2');
    await eventually(() =>
      expect(root.querySelector('.matches')?.textContent).toContain('Chore 2” (automated)'),
    );

    logButtons(root)[0]?.click();
    await eventually(() => expect(root.querySelector('.toast')).not.toBeNull());
    button(root, 'Undo').click();
    await eventually(() =>
      expect(root.querySelector('.toast-text')?.textContent?.trim()).toBe('Removed Chore 1.'),
    );
    expect(root.querySelector('.toast')?.children).toHaveLength(1);
  },
  SLOW,
);

it('draws the chore buttons in its first frame, and what to automate first once that frame is painted', async () => {
  const { db } = await withChores(3);
  const idb = await rawOf(db);
  const now = Date.now();
  const initial = buildSnapshot(await readSnapshotRows(idb, now), now);
  const root = mount(<PopupApp idb={idb} initial={initial} />);
  // The first render, as the popup opens from its cached rows: buttons and the new-chore line only.
  expect(names(root)).toEqual(['Chore 3', 'Chore 2', 'Chore 1']);
  expect(root.querySelector('form.new-chore')).not.toBeNull();
  expect(root.querySelector('#view-log .reco')).toBeNull();
  expect(root.querySelector('#view-log .shortcuts')).toBeNull();
  await eventually(() => expect(root.querySelector('#view-log .reco')?.textContent).toContain('Chore 3'));
  expect(root.querySelector('#view-log .shortcuts')).not.toBeNull();
  expect(names(root)).toEqual(['Chore 3', 'Chore 2', 'Chore 1']);
});
