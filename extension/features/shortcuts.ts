import { browser } from 'wxt/browser';
import { DB_NAME } from '../db/core/rows';
import { lastLoggedChoreOf, logAgainIn } from '../db/idb/background';
import { LOG_LAST_CHORE } from './commands';
import { openPopupOr, PAGES } from './open-pages';
import { flashBadge, syncTimerBadge } from './timer-badge';

export { LOG_LAST_CHORE };

const FLASH_MS = 1500;

/**
 * The "log it again" shortcut: logs the most recently done chore with its usual minutes and flashes
 * "+1" on the badge ("!" if it could not be saved). With no chore yet, it opens logging instead.
 */
export async function onCommand(
  command: string,
  dbName = DB_NAME,
  api: Parameters<typeof syncTimerBadge>[1] = browser,
  open = openPopupOr,
  wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  if (command !== LOG_LAST_CHORE) return;
  const chore = await lastLoggedChoreOf(dbName);
  if (!chore) {
    await open(PAGES.logForm);
    return;
  }
  const saved = await logAgainIn(dbName, chore.id, Date.now()).then(
    (occ) => occ !== null,
    () => false,
  );
  await flashBadge(saved ? '+1' : '!', saved ? '#2e7d32' : '#c62828', api.action);
  await wait(FLASH_MS);
  await syncTimerBadge(dbName, api);
}
