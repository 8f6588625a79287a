import { expect, it } from 'vitest';
import { readShortcuts, ShortcutsLine } from '../../../../extension/components/log/ShortcutsLine';
import { PopupApp } from '../../../../extension/components/popup/PopupApp';
import { SYNC_KEY } from '../../../../extension/db/core/rows';
import { freshDb, rawOf } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';
import { eventually, mount } from '../../fixtures/ui';

async function popup(props: { initialWeek?: 'this' | 'last'; joined?: boolean; paused?: string } = {}) {
  const db = await freshDb();
  const { chore } = await createChore(db, { name: 'Restart flaky CI job', defaultMinutes: 6 });
  for (let i = 0; i < 3; i++) await logOccurrence(db, { choreId: chore.id, source: 'click' });
  if (props.joined) {
    const paused = props.paused ? { paused: props.paused } : {};
    await db.kv.put({ key: SYNC_KEY, value: { server: 'http://127.0.0.1:9', ...paused } });
  }
  const root = mount(
    <PopupApp idb={await rawOf(db)} {...(props.initialWeek ? { initialWeek: props.initialWeek } : {})} />,
  );
  await eventually(() => expect(root.querySelector('.chore-log')).not.toBeNull());
  return { db, root };
}
const tabs = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const selected = (root: HTMLElement) => tabs(root).find((t) => t.getAttribute('aria-selected') === 'true');
const panel = (root: HTMLElement, view: string) => root.querySelector(`#view-${view}`) as HTMLElement | null;

it('opens on the Log view, with what to automate first in it, and the Ranking view behind a tab', async () => {
  const { root } = await popup();
  expect(tabs(root).map((t) => t.textContent)).toEqual(['Log', 'Ranking']);
  expect(selected(root)?.textContent).toBe('Log');
  expect(panel(root, 'log')?.hidden).toBe(false);
  expect(panel(root, 'log')?.querySelector('.reco')?.textContent).toContain('Restart flaky CI job');
  expect(panel(root, 'ranking')?.hidden).toBe(true);
  expect(tabs(root).map((t) => t.tabIndex)).toEqual([0, -1]);

  // The arrow keys move between the tabs and show the view reached.
  tabs(root)[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  await eventually(() => expect(selected(root)?.textContent).toBe('Ranking'));
  expect(document.activeElement).toBe(tabs(root)[1]);
  expect(panel(root, 'log')?.hidden).toBe(true);
  await eventually(() =>
    expect(panel(root, 'ranking')?.querySelector('.ranking')?.textContent).toContain('Restart flaky CI job'),
  );
  tabs(root)[1]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
  await eventually(() => expect(selected(root)?.textContent).toBe('Log'));
});

it('leaves the number keys to the Log view', async () => {
  const { db, root } = await popup({ initialWeek: 'last' });
  expect(selected(root)?.textContent).toBe('Ranking');
  await eventually(() => expect(panel(root, 'ranking')?.querySelector('.week-ranking')).not.toBeNull());
  const before = await db.occurrences.count();
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await db.occurrences.count()).toBe(before);
  expect(root.querySelector('.chore-log')?.hasAttribute('aria-keyshortcuts')).toBe(false);
});

it('has a Team view once this device joined a team', async () => {
  const { root } = await popup({ joined: true });
  await eventually(() => expect(tabs(root).map((t) => t.textContent)).toEqual(['Log', 'Ranking', 'Team']));
  expect(panel(root, 'team')?.hidden).toBe(true);
  expect(root.querySelector('.tab-alert')).toBeNull();
});

it('marks the Team tab when sync stopped, so a removed member sees it from the Log view', async () => {
  const { root } = await popup({ joined: true, paused: 'An admin removed you from Platform.' });
  await eventually(() => expect(tabs(root)[2]?.textContent).toBe('Team! (team sync stopped)'));
  expect(tabs(root)[2]?.querySelector('[aria-hidden="true"]')?.textContent).toBe('!');
  expect(selected(root)?.textContent).toBe('Log');
  // Once the lazy Team view has loaded and read sync's status, the tab and its mark stay.
  await import('../../../../extension/components/team/TeamViewPanel');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(tabs(root)[2]?.textContent).toBe('Team! (team sync stopped)');
});

it("names the extension's shortcuts as the browser has them now, leaving out those without keys", async () => {
  const commands = {
    getAll: async () => [
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+T' },
      { name: 'log-last-chore', description: 'Log the most recent chore again', shortcut: 'Ctrl+Shift+9' },
      { name: 'other', description: 'Something removed', shortcut: '' },
    ],
  };
  expect(await readShortcuts(commands)).toEqual([
    { keys: 'Alt+Shift+T', what: 'opens the popup' },
    { keys: 'Ctrl+Shift+9', what: 'logs the last chore again' },
  ]);
  const root = mount(<ShortcutsLine own={[{ keys: '1–9', what: 'log a button' }]} commands={commands} />);
  await eventually(() =>
    expect(root.textContent).toBe(
      'Keyboard shortcuts: 1–9 log a button · Alt+Shift+T opens the popup · Ctrl+Shift+9 logs the last chore again',
    ),
  );
  expect(await readShortcuts(undefined)).toEqual([]);
  expect(await readShortcuts({ getAll: () => Promise.reject(new Error('no commands API')) })).toEqual([]);
});
