import { browser } from 'wxt/browser';
import { openPopupOr, PAGES } from './open-pages';

export const LOG_MENU_ID = 'log-a-chore';

/** "Log a chore..." on any page and on the toolbar button: opens logging. Menus persist, so on install only. */
export function createContextMenu(
  menus: Pick<typeof browser.contextMenus, 'create' | 'removeAll'> = browser.contextMenus,
) {
  menus.removeAll(() => {
    menus.create({
      id: LOG_MENU_ID,
      title: 'Log a chore...',
      contexts: ['page', 'selection', 'link', 'action'],
    });
  });
}

export async function onContextMenuClick(info: { menuItemId: string | number }, open = openPopupOr) {
  if (info.menuItemId === LOG_MENU_ID) await open(PAGES.logForm);
}
