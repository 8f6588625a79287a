import { expect, it } from 'vitest';
import { PopupApp } from '../../../../extension/components/popup/PopupApp';
import { archiveChore } from '../../../../extension/db/dexie';
import { startTimer } from '../../../../extension/db/idb/timer';
import { dump, freshDb, HOUR, rawOf } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';
import { alerts, button, byLabel, eventually, mount, submit, type } from '../../fixtures/ui';

const rendered = (root: HTMLElement) =>
  eventually(() => expect(root.querySelector('form.new-chore')).not.toBeNull());

it('logs a chore with one click at its typical minutes, and Undo tombstones it', async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Restart flaky job', defaultMinutes: 8 });
  const root = mount(<PopupApp idb={await rawOf(db)} />);
  await rendered(root);

  (root.querySelector('.chore-log') as HTMLButtonElement).click();
  await eventually(() =>
    expect(root.querySelector('.toast-text')?.textContent).toContain('Restart flaky job, 8 min'),
  );
  const [logged] = await db.occurrences.toArray();
  expect(logged).toMatchObject({ choreId: chore.id, minutes: 8, source: 'click', deleted: false });
  await eventually(() => expect(root.querySelector('.totals')?.textContent).toContain('Today8 min'));

  button(root, 'Undo').click();
  await eventually(async () => expect((await db.occurrences.get(logged?.id ?? ''))?.deleted).toBe(true));
  await eventually(() => expect(root.querySelector('.totals')?.textContent).toContain('Today0 min'));
});

it('adjusts the minutes of what was just logged, refusing bad numbers inline', async () => {
  const db = await freshDb();
  await createChore(db, { name: 'Review access request', defaultMinutes: 10 });
  const root = mount(<PopupApp idb={await rawOf(db)} />);
  await rendered(root);
  (root.querySelector('.chore-log') as HTMLButtonElement).click();
  await eventually(() => expect(root.querySelector('.toast')).not.toBeNull());

  const field = byLabel(root, 'Minutes for Review access request');
  type(field, '2000');
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await eventually(() => expect(alerts(root)).toEqual(['Minutes must be at most 1440 (24 hours).']));
  expect((await db.occurrences.toArray())[0]?.minutes).toBe(10);

  button(root, 'More minutes').click();
  await eventually(async () => expect((await db.occurrences.toArray())[0]?.minutes).toBe(11));
});

it('creates a chore from the one-line form, and offers the existing one instead of a duplicate', async () => {
  const db = await freshDb();
  const root = mount(<PopupApp idb={await rawOf(db)} />);
  await rendered(root);
  type(byLabel(root, 'Chore name'), '  Rotate TLS certs ');
  type(byLabel(root, 'Minutes'), '30');
  await submit(root.querySelector('form.new-chore'));
  await eventually(() =>
    expect(root.querySelector('.toast-text')?.textContent).toContain('Rotate TLS certs, 30 min'),
  );

  type(byLabel(root, 'Chore name'), 'rotate tls');
  await eventually(() => expect(root.querySelector('.matches')?.textContent).toContain('Rotate TLS certs'));
  type(byLabel(root, 'Chore name'), 'ROTATE tls CERTS');
  type(byLabel(root, 'Minutes'), '');
  await submit(root.querySelector('form.new-chore'));
  await eventually(async () => expect(await db.occurrences.count()).toBe(2));
  expect(await db.chores.count()).toBe(1);
});

it('offers an archived chore while typing its name (it has no button), so it is not created twice', async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Rotate TLS certs', defaultMinutes: 30 });
  await archiveChore(db, chore.id, true);
  const root = mount(<PopupApp idb={await rawOf(db)} />);
  await rendered(root);
  expect(root.querySelector('.chore-log')).toBeNull();
  type(byLabel(root, 'Chore name'), 'rotate tls');
  await eventually(() => expect(root.querySelector('.matches')?.textContent).toContain('Rotate TLS certs'));
});

it('saves nothing and says why for an over-long name, a bidi override, or zero minutes', async () => {
  const db = await freshDb();
  const root = mount(<PopupApp idb={await rawOf(db)} />);
  await rendered(root);
  const before = await dump(db);
  const cases: [string, string, string][] = [
    ['a'.repeat(121), '5', 'Name must be at most 120 characters.'],
    ['evil\u202Etxt', '5', 'Name contains control or text-direction characters.'],
    ['Fine name', '0', 'Minutes must be more than 0.'],
    ['Fine name', 'abc', 'Minutes must be a number, such as 15.'],
  ];
  for (const [name, minutes, message] of cases) {
    type(byLabel(root, 'Chore name'), name);
    type(byLabel(root, 'Minutes'), minutes);
    await submit(root.querySelector('form.new-chore'));
    await eventually(() => expect(alerts(root)).toEqual([message]));
  }
  expect(await dump(db)).toEqual(before);
});

it('asks to confirm the minutes of a timer left running past the cap, then logs what the user says', async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Babysit deploy', defaultMinutes: 20 });
  await startTimer(await rawOf(db), chore.id, Date.now() - 26 * HOUR);
  const root = mount(<PopupApp idb={await rawOf(db)} />);
  await rendered(root);
  (root.querySelector('.timer.running') as HTMLButtonElement).click();
  await eventually(() =>
    expect(alerts(root).concat(root.querySelector('dialog.timer-cap') ? ['dialog'] : [])).toEqual(['dialog']),
  );
  expect((root.querySelector('#timer-cap-minutes') as HTMLInputElement).value).toBe('240');
  expect(await db.occurrences.count()).toBe(0);

  type(root.querySelector('#timer-cap-minutes') as HTMLInputElement, '95');
  await submit(root.querySelector('dialog form'));
  await eventually(async () =>
    expect(await db.occurrences.toArray()).toMatchObject([
      { choreId: chore.id, minutes: 95, source: 'timer' },
    ]),
  );
  await eventually(() => expect(root.querySelector('dialog.timer-cap')).toBeNull());
});

it('keeps a capped timer running when the popup closes on the question, and asks again', async () => {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Babysit deploy', defaultMinutes: 20 });
  await startTimer(await rawOf(db), chore.id, Date.now() - 26 * HOUR);
  const first = mount(<PopupApp idb={await rawOf(db)} />);
  await rendered(first);
  (first.querySelector('.timer.running') as HTMLButtonElement).click();
  await eventually(() => expect(first.querySelector('dialog.timer-cap')).not.toBeNull());
  first.remove();

  const again = mount(<PopupApp idb={await rawOf(db)} />);
  await rendered(again);
  (again.querySelector('.timer.running') as HTMLButtonElement).click();
  await eventually(() => expect(again.querySelector('dialog.timer-cap')).not.toBeNull());
  expect(await db.occurrences.count()).toBe(0);
  // "Decide later" puts the question off: the timer runs on and nothing is logged.
  button(again, 'Decide later').click();
  await eventually(() => expect(again.querySelector('dialog.timer-cap')).toBeNull());
  expect(again.querySelector('.timer.running')).not.toBeNull();
  expect(await db.occurrences.count()).toBe(0);
  (again.querySelector('.timer.running') as HTMLButtonElement).click();
  await eventually(() => expect(again.querySelector('dialog.timer-cap')).not.toBeNull());
  button(again, "Don't log").click();
  await eventually(() => expect(again.querySelector('.timer.running')).toBeNull());
  expect(await db.occurrences.count()).toBe(0);
});

it.each([
  ['known', 'api.github.com'],
  ['still being asked for', Promise.resolve('api.github.com')],
])('puts the chore matching the active site (%s) first, with an "on this site" hint', async (_, host) => {
  const db = await freshDb();
  const { chore: often } = await createChore(db, { name: 'Often done', defaultMinutes: 2 });
  await createChore(db, { name: 'Merge PRs', defaultMinutes: 3, sitePattern: '*.github.com' });
  for (let i = 0; i < 3; i++) await logOccurrence(db, { choreId: often.id, source: 'click' });
  const root = mount(<PopupApp idb={await rawOf(db)} host={host} />);
  await rendered(root);
  const rows = [...root.querySelectorAll('.chore-row')];
  expect(rows[0]?.textContent).toContain('Merge PRs');
  expect(rows[0]?.querySelector('.badge')?.textContent).toBe('on this site');
  expect(rows[1]?.querySelector('.badge')).toBeNull();
});

it('shows the 5 most useful chore buttons and, in the Ranking view, the top 8 ranked at first, all on "Show all"; the explanation is built when opened', async () => {
  const db = await freshDb();
  for (let i = 1; i <= 12; i++) {
    const { chore } = await createChore(db, { name: `Chore ${i}`, defaultMinutes: i });
    await logOccurrence(db, { choreId: chore.id, source: 'click' });
  }
  const root = mount(<PopupApp idb={await rawOf(db)} />);
  await rendered(root);
  const buttons = () => [...root.querySelectorAll('.chore-row .name')].map((n) => n.textContent);
  // Equal counts this week: the most recently done come first.
  expect(buttons()).toEqual(['Chore 12', 'Chore 11', 'Chore 10', 'Chore 9', 'Chore 8']);
  button(root, 'Show all 12 chores').click();
  await eventually(() => expect(buttons()).toHaveLength(12));
  button(root, 'Show fewer chores').click();
  await eventually(() => expect(buttons()).toHaveLength(5));

  button(root, 'Ranking').click();
  const ranked = () => [...root.querySelectorAll('.ranking .name')].map((n) => n.textContent);
  await eventually(() => expect(ranked()).toHaveLength(8));
  expect(ranked()).toEqual([
    'Chore 12',
    'Chore 11',
    'Chore 10',
    'Chore 9',
    'Chore 8',
    'Chore 7',
    'Chore 6',
    'Chore 5',
  ]);
  button(root, 'Show all 12 ranked chores').click();
  await eventually(() => expect(ranked()).toHaveLength(12));
  expect(ranked().slice(-2)).toEqual(['Chore 2', 'Chore 1']);

  const details = root.querySelector('#view-ranking .reco details') as HTMLDetailsElement;
  expect(details.querySelector('p')).toBeNull();
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  await eventually(() =>
    expect(details.querySelector('p')?.textContent).toContain('Automate “Chore 12” first'),
  );
  expect(details.querySelectorAll('li').length).toBeGreaterThan(2);
});
