import type { Page } from 'playwright-core';

/** Logs a new chore from the popup's one-line form, as a user would: name, minutes, Enter. */
export async function logNewChore(page: Page, name: string, minutes: string): Promise<void> {
  await page.getByLabel('Chore name').fill(name);
  await page.getByLabel('Minutes', { exact: true }).fill(minutes);
  await page.getByLabel('Minutes', { exact: true }).press('Enter');
}

/** The one-click button of a chore in the popup. */
export function choreButton(page: Page, name: string) {
  return page.locator('.chore-log', { hasText: name });
}

/** The popup's confirmation text after a log ("Logged X, 15 min."). */
export function confirmation(page: Page) {
  return page.locator('.toast-text, .toast[role="status"]');
}

/** Names in the popup's ranking, top first. */
export function rankedNames(page: Page): Promise<string[]> {
  return page.locator('.ranking .ranking-row .name').allTextContents();
}
