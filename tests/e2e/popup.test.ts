import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, removeProfile } from './browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser.close();
  await removeProfile(browser.profileDir);
});

it('renders the popup of the built extension in Chromium', async () => {
  const page = await browser.openPage('popup.html');
  await expect.poll(() => page.getByRole('heading', { name: 'Toil Tracker' }).count()).toBe(1);
});
