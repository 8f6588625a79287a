import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionFirefox, type FirefoxPage, launchFirefoxWithExtension } from './firefox';

// The Firefox build (.output/firefox-mv3, made by `npm test`) in Debian's Firefox ESR: the popup, its
// IndexedDB, the full page and the background, driven through WebDriver BiDi.
let firefox: ExtensionFirefox;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  const errors = await firefox.errors();
  await firefox.close();
  // Checked once all tests ran: an uncaught error in any of the extension's pages fails the file.
  expect(errors).toEqual([]);
});

const text = (selector: string) => `(document.querySelector(${JSON.stringify(selector)})?.textContent ?? '')`;
const choreButton = (name: string) =>
  `([...document.querySelectorAll('.chore-log')].find((b) => b.textContent.includes(${JSON.stringify(name)}))?.textContent ?? '')`;

/** Types a new chore's name and minutes into the one-line form and submits it, as Enter does. */
async function logNewChore(page: FirefoxPage, name: string, minutes: string) {
  await page.evaluate(`(() => {
    const type = (id, value) => {
      const input = document.getElementById(id);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    type('new-chore-name', ${JSON.stringify(name)});
    type('new-chore-minutes', ${JSON.stringify(minutes)});
    return true;
  })()`);
  // Enter comes as a key press of its own, after the page has taken the typed text in.
  await page.evaluate(`(document.querySelector('form.new-chore').requestSubmit(), true)`);
}

it('logs a new chore from the popup, and the chore and its minutes are there when it opens again', async () => {
  const popup = await firefox.open('popup.html');
  await popup.waitFor(`document.querySelector('main.popup')`);
  await logNewChore(popup, 'Rotate API keys', '12');
  expect(
    await popup.waitFor<string>(`${text('.toast-text')}.includes('Logged') && ${text('.toast-text')}`),
  ).toContain('Logged Rotate API keys, 12 min.');
  await popup.close();

  const again = await firefox.open('popup.html');
  expect(await again.waitFor<string>(choreButton('Rotate API keys'))).toContain('12 min');
  expect(
    await again.waitFor<string>(`${text('.totals')}.includes('12 min') && ${text('.totals')}`),
  ).toContain('Today12 min');
  // The ranking is in its own view.
  await again.evaluate(`(document.querySelector('#tab-ranking').click(), true)`);
  expect(
    await again.waitFor<string[]>(
      `document.querySelector('#view-ranking .ranking') && [...document.querySelectorAll('.ranking .name')].map((n) => n.textContent)`,
    ),
  ).toEqual(['Rotate API keys']);
  const shots = path.join(import.meta.dirname, 'screenshots');
  await mkdir(shots, { recursive: true });
  await writeFile(path.join(shots, 'popup-firefox.png'), await again.screenshot());
  await again.close();
});

it('shows the logged entry in the full page history', async () => {
  const full = await firefox.open('dashboard.html');
  const row = await full.waitFor<string>(
    `[...document.querySelectorAll('#history tbody tr')].find((r) => r.textContent.includes('Rotate API keys'))?.textContent`,
  );
  expect(row).toContain('12 min');
  await full.close();
});

it('runs a timer: the background shows it on the toolbar badge once the popup closes', async () => {
  const popup = await firefox.open('popup.html');
  await popup.waitFor(choreButton('Rotate API keys'));
  await popup.evaluate(
    `(document.querySelector('[aria-label="Start timer for Rotate API keys"]').click(), true)`,
  );
  expect(await popup.waitFor<string>(text('.timer.running'))).toContain('Stop timer for Rotate API keys');
  await popup.close();

  // Another extension page reads the badge the background set when the popup's port closed.
  const page = await firefox.open('popup.html');
  const badge = await page.waitFor<string>(`browser.action.getBadgeText({})`);
  // Under a minute, a running timer shows as a dot.
  expect(badge).toBe('●');
  expect(await page.evaluate<string>(`browser.action.getTitle({})`)).toContain('timer running');
  await page.close();
});

it('toil discovery asks for the history in the click, reads it, and Stop and forget gives it back', async () => {
  const full = await firefox.open('dashboard.html');
  const button = (text: string) =>
    `[...document.querySelectorAll('#discovery button')].find((b) => b.textContent === ${JSON.stringify(text)})`;
  const holdsHistory = () =>
    full.evaluate<boolean>(`browser.permissions.contains({ permissions: ['history'] })`);
  expect(await full.waitFor<string>(`${button('Find toil in my browsing')}?.textContent`)).toBe(
    'Find toil in my browsing',
  );
  // The product build: history is optional, not held before the click.
  expect(await holdsHistory()).toBe(false);
  // A real click (the prompt is answered yes by the profile's pref): the permission is asked and granted.
  await full.click(button('Find toil in my browsing'));
  const read = await full.waitFor<string>(
    `document.querySelector('#discovery [role="status"]')?.textContent.match(/^(Read|No visits)/) && document.querySelector('#discovery [role="status"]').textContent`,
  );
  expect(await holdsHistory()).toBe(true);
  // What the note says depends on what the profile's history holds: no web page at all (a fresh
  // profile), or a count of visits.
  const webPages = await full.evaluate<number>(
    `browser.history.search({ text: '', startTime: Date.now() - 28 * 86400000, maxResults: 1000 }).then((items) => items.filter((i) => /^https?:/.test(i.url ?? '')).length)`,
  );
  if (webPages === 0) {
    expect(read).toBe(
      'No visits to web pages in the last 4 weeks of this browser’s history, so nothing to look for yet. Browse as usual and look again in a few days.',
    );
  } else {
    expect(read).toMatch(/^Read [\d,]+ visits? of 4 weeks\./);
  }
  await full.click(button('Stop and forget'));
  const said = await full.waitFor<string>(
    `document.querySelector('#discovery [role="status"]')?.textContent.startsWith('Forgotten') && document.querySelector('#discovery [role="status"]').textContent`,
  );
  expect(said).toBe('Forgotten: history access given back, candidates and dismissals deleted.');
  // permissions.remove really ran: the browser no longer grants the history.
  expect(await holdsHistory()).toBe(false);
  await full.close();
});
