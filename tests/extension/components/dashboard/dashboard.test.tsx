import { expect, it } from 'vitest';
import { DashboardApp } from '../../../../extension/components/dashboard/DashboardApp';
import { getSettings, type ToilDb } from '../../../../extension/db/dexie';
import { DAY, dump, expectRollupsMatchHistory, freshDb } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';
import { alerts, button, byLabel, eventually, find, mount, settle, submit, type } from '../../fixtures/ui';

async function seeded() {
  const db = await freshDb();
  const { chore: ci } = await createChore(db, { name: 'Restart CI', defaultMinutes: 6 });
  const { chore: certs } = await createChore(db, { name: 'Rotate certs', defaultMinutes: 40 });
  const first = await logOccurrence(db, { choreId: ci.id, source: 'click', at: Date.now() - DAY });
  await logOccurrence(db, { choreId: certs.id, source: 'click' });
  const root = mount(<DashboardApp db={db} />);
  await eventually(() => expect(root.querySelectorAll('.history-table tbody tr')).toHaveLength(2));
  return { db, root, ci, certs, first };
}

const section = (root: HTMLElement, id: string) => root.querySelector(`#${id}`) as HTMLElement;
const open = (db: ToilDb, id: string) => db.occurrences.get(id);

it('edits an entry in the history, refusing bad minutes inline without saving', async () => {
  const { db, root, first } = await seeded();
  const history = section(root, 'history');
  find(find(history, 'tbody tr', 'Restart CI'), 'button', 'Edit').click();
  await eventually(() => expect(history.querySelector('tr.editing')).not.toBeNull());

  type(byLabel(history, 'Minutes'), '-5');
  await submit(history.querySelector('tr.editing form'));
  await eventually(() => expect(alerts(history)).toEqual(['Minutes must be more than 0.']));
  expect((await open(db, first.id))?.minutes).toBe(6);

  type(byLabel(history, 'Minutes'), '9');
  type(byLabel(history, 'Note'), 'runner #4 again');
  await submit(history.querySelector('tr.editing form'));
  await eventually(async () =>
    expect(await open(db, first.id)).toMatchObject({ minutes: 9, note: 'runner #4 again' }),
  );
  await eventually(() => expect(history.textContent).toContain('runner #4 again'));
});

it('moves an entry logged on the wrong chore to the right one, rollups following', async () => {
  const { db, root, first, certs } = await seeded();
  const history = section(root, 'history');
  find(find(history, 'tbody tr', 'Restart CI'), 'button', 'Edit').click();
  await eventually(() => expect(history.querySelector('tr.editing')).not.toBeNull());
  type(byLabel<HTMLSelectElement>(history, 'Chore of this entry'), certs.id);
  await submit(history.querySelector('tr.editing form'));
  await eventually(async () => expect((await open(db, first.id))?.choreId).toBe(certs.id));
  await eventually(() =>
    expect([...history.querySelectorAll('tbody td.name')].map((td) => td.textContent)).toEqual([
      'Rotate certs',
      'Rotate certs',
    ]),
  );
  await expectRollupsMatchHistory(db);
});

it('deletes an entry and brings it back with Undo', async () => {
  const { db, root, first } = await seeded();
  const history = section(root, 'history');
  find(find(history, 'tbody tr', 'Restart CI'), 'button', 'Delete').click();
  await eventually(() => expect(history.querySelectorAll('tbody tr')).toHaveLength(1));
  expect((await open(db, first.id))?.deleted).toBe(true);

  button(history, 'Undo delete').click();
  await eventually(() => expect(history.querySelectorAll('tbody tr')).toHaveLength(2));
  expect((await open(db, first.id))?.deleted).toBe(false);
});

it('filters the history by chore', async () => {
  const { root, certs } = await seeded();
  const history = section(root, 'history');
  type(byLabel<HTMLSelectElement>(history, 'Chore'), certs.id);
  await eventually(() => expect(history.querySelectorAll('tbody tr')).toHaveLength(1));
  expect(history.querySelector('tbody')?.textContent).toContain('Rotate certs');
});

it('saves chore details, and refuses a rename onto another chore with a message', async () => {
  const { db, root, ci } = await seeded();
  const form = find(find(root, '.chore-card', 'Restart CI'), 'form.chore-form') as HTMLFormElement;
  type(byLabel(form, 'Name'), 'rotate CERTS');
  await submit(form);
  await eventually(() => expect(alerts(form)[0]).toContain('already exists'));
  expect((await db.chores.get(ci.id))?.name).toBe('Restart CI');

  type(byLabel(form, 'Name'), 'Restart CI pipeline');
  type(byLabel<HTMLSelectElement>(form, 'Annoyance'), '5');
  find(find(form, 'label.check', 'Tactical'), 'input').click();
  type(byLabel(form, 'Site (offered first there)'), 'ci.example.org');
  await settle();
  await submit(form);
  await eventually(async () =>
    expect(await db.chores.get(ci.id)).toMatchObject({
      name: 'Restart CI pipeline',
      annoyance: 5,
      sitePattern: 'ci.example.org',
      traits: expect.objectContaining({ tactical: true }),
    }),
  );
});

it('merges two chores into one', async () => {
  const { db, root, ci, certs } = await seeded();
  const merge = root.querySelector('form.merge-form') as HTMLFormElement;
  type(byLabel<HTMLSelectElement>(merge, 'Merge'), ci.id);
  type(byLabel<HTMLSelectElement>(merge, 'into'), certs.id);
  await submit(merge);
  await eventually(() => expect(merge.textContent).toContain('Merged “Restart CI” into “Rotate certs”.'));
  const live = (await db.occurrences.toArray()).filter((o) => !o.deleted);
  expect(live.map((o) => o.choreId)).toEqual([certs.id, certs.id]);
});

it('marks a chore automated and then shows what it saves', async () => {
  const { db, root, ci } = await seeded();
  const form = root.querySelector(`form[aria-label="Mark Restart CI automated"]`) as HTMLFormElement;
  type(byLabel(form, 'Hours it took'), 'lots');
  await submit(form);
  await eventually(() => expect(alerts(form)).toEqual(['Hours it took must be a number.']));
  type(byLabel(form, 'Hours it took'), '6');
  await submit(form);
  await eventually(async () =>
    expect(await db.chores.get(ci.id)).toMatchObject({ status: 'automated', automationHours: 6 }),
  );
  await eventually(() => expect(root.querySelector('.savings')?.textContent).toContain('Restart CI'));
});

it('refuses bad settings inline and saves good ones', async () => {
  const { db, root } = await seeded();
  const settings = section(root, 'settings');
  const before = await dump(db);
  type(byLabel(settings, 'Context-switch cost (minutes)'), 'lots');
  type(byLabel(settings, 'Timer cap (minutes)'), '2000');
  await submit(settings.querySelector('form'));
  await eventually(() =>
    expect(alerts(settings)).toEqual([
      'Context-switch cost must be a number.',
      'Timer cap must be from 1 to 1440.',
    ]),
  );
  expect(await dump(db)).toEqual(before);

  type(byLabel(settings, 'Time zone'), 'Mars/Olympus_Mons');
  type(byLabel(settings, 'Context-switch cost (minutes)'), '10');
  type(byLabel(settings, 'Timer cap (minutes)'), '120');
  await submit(settings.querySelector('form'));
  await eventually(() =>
    expect(alerts(settings)).toEqual(['Time zone must be an IANA name such as Europe/Berlin.']),
  );
  expect(await dump(db)).toEqual(before);

  type(byLabel(settings, 'Time zone'), 'America/New_York');
  type(byLabel(settings, 'Timer cap (minutes)'), '120');
  type(byLabel<HTMLSelectElement>(settings, 'Week starts on'), '0');
  await submit(settings.querySelector('form'));
  await eventually(async () =>
    expect(await getSettings(db)).toMatchObject({
      contextSwitchMinutes: 10,
      timerCapMinutes: 120,
      weekStartsOn: 0,
    }),
  );
});

it('reports every bad setting in one round, the time zone with the numbers', async () => {
  const { db, root } = await seeded();
  const settings = section(root, 'settings');
  const before = await dump(db);
  type(byLabel(settings, 'Context-switch cost (minutes)'), 'lots');
  type(byLabel(settings, 'Time zone'), 'Mars/Olympus_Mons');
  await submit(settings.querySelector('form'));
  await eventually(() =>
    expect(alerts(settings)).toEqual([
      'Time zone must be an IANA name such as Europe/Berlin.',
      'Context-switch cost must be a number.',
    ]),
  );
  expect(await dump(db)).toEqual(before);
});

it('offers the browser’s time zones to choose from, the current one chosen', async () => {
  const { root } = await seeded();
  const zone = byLabel<HTMLSelectElement>(section(root, 'settings'), 'Time zone');
  expect(zone.tagName).toBe('SELECT');
  expect(zone.value).toBe('Europe/Berlin');
  const offered = [...zone.options].map((o) => o.value);
  expect(offered).toEqual(expect.arrayContaining(['America/New_York', 'Asia/Tokyo', 'Europe/Berlin']));
});

it('folds Team, Settings and Export and import under the analysis, opening the one the URL names', async () => {
  window.location.hash = '#settings';
  try {
    const { root } = await seeded();
    const parts = [...root.querySelectorAll<HTMLDetailsElement>('.dash-setup details.setup-part')];
    expect(parts.map((p) => [p.id, p.open])).toEqual([
      ['team-part', false],
      ['settings-part', true],
      ['data-part', false],
    ]);
    // The analysis comes first, none of it folded.
    const order = [...root.querySelectorAll('section[id]')].map((s) => s.id);
    expect(order.indexOf('ranking')).toBeLessThan(order.indexOf('settings'));
    expect(root.querySelector('#ranking')?.closest('details')).toBeNull();
  } finally {
    window.location.hash = '';
  }
});

it('points an empty Chores section to the page’s own log field', async () => {
  const db = await freshDb();
  const root = mount(<DashboardApp db={db} />);
  await eventually(() => expect(root.querySelector('#chores')).not.toBeNull());
  const hint = root.querySelector('#chores p.muted');
  expect(hint?.textContent).not.toContain('toolbar popup');
  expect(hint?.querySelector('a')?.getAttribute('href')).toBe('#log');
});
