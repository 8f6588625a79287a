import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOG_MENU_ID, onContextMenuClick } from '../../../extension/features/context-menu';
import { PAGES } from '../../../extension/features/open-pages';
import { LOG_LAST_CHORE, onCommand } from '../../../extension/features/shortcuts';
import { DAY, freshDb, WED } from '../fixtures/db';
import { createChore, logOccurrence } from '../fixtures/dexie-verbs';

beforeEach(() => fakeBrowser.reset());
const noWait = async () => undefined;

it('logs the most recently done chore again with its usual minutes, and says so on the badge', async () => {
  const db = await freshDb();
  const { chore: older } = await createChore(db, { name: 'Older chore', defaultMinutes: 5 }, WED);
  const { chore: recent } = await createChore(db, { name: 'Recent chore', defaultMinutes: 9 }, WED);
  await logOccurrence(db, { choreId: older.id, source: 'click' }, WED - 2 * DAY);
  await logOccurrence(db, { choreId: recent.id, minutes: 12, source: 'click' }, WED - DAY);
  const badges: string[] = [];
  // The badge is read while the acknowledgement is showing, then again after it is put back.
  const readBadge = async () => void badges.push(await fakeBrowser.action.getBadgeText({}));
  await onCommand(LOG_LAST_CHORE, db.name, fakeBrowser, undefined, readBadge);
  await readBadge();
  const logged = await db.occurrences
    .where('[choreId+at]')
    .between([recent.id, 0], [recent.id, Date.now() + DAY])
    .toArray();
  // The usual minutes: the median of its entry of 12 and its set 9, in whole minutes (core/typical.ts).
  expect(logged.map((o) => [o.minutes, o.source])).toEqual([
    [12, 'click'],
    [11, 'shortcut'],
  ]);
  expect(badges).toEqual(['+1', '']);
});

it('opens logging when there is no chore to repeat, and ignores other commands', async () => {
  const db = await freshDb();
  const opened: string[] = [];
  const open = async (page: string) => {
    opened.push(page);
    return 'tab' as const;
  };
  await onCommand('something-else', db.name, fakeBrowser, open, noWait);
  await onCommand(LOG_LAST_CHORE, db.name, fakeBrowser, open, noWait);
  expect(opened).toEqual([PAGES.logForm]);
  expect(await db.occurrences.count()).toBe(0);
});

it('the context menu item opens logging', async () => {
  const opened: string[] = [];
  const open = async (page: string) => {
    opened.push(page);
    return 'popup' as const;
  };
  await onContextMenuClick({ menuItemId: LOG_MENU_ID }, open);
  await onContextMenuClick({ menuItemId: 'other' }, open);
  expect(opened).toEqual([PAGES.logForm]);
});
