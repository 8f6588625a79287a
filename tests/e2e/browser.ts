import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const extensionDir = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** The discovery e2e build (WXT_TOIL_E2E_VISITS=1 npx wxt build): holds `history` from install. */
export const discoveryTestDir = path.resolve(import.meta.dirname, '../../.output-e2e/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type ExtensionBrowser = {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** Uncaught errors of every page opened in this browser, for "nothing broke" assertions. */
  pageErrors: string[];
  openPage(file: string): Promise<Page>;
  close(): Promise<void>;
};

/**
 * Chromium's flags for a headless run with one unpacked extension, as root, on a machine whose network
 * is closed (the background-networking flags keep Chromium from calling home at every start).
 */
export function chromiumArgs(unpackedDir: string): string[] {
  return [
    '--no-sandbox',
    `--disable-extensions-except=${unpackedDir}`,
    `--load-extension=${unpackedDir}`,
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** Starts Debian's Chromium on a profile with the built extension loaded, as a user would have it. */
export async function launchWithExtension(
  profileDir?: string,
  unpackedDir = extensionDir,
): Promise<ExtensionBrowser> {
  const dir = profileDir ?? (await mkdtemp(path.join(tmpdir(), 'toil-profile-')));
  const context = await chromium.launchPersistentContext(dir, {
    headless: true,
    executablePath: chromiumPath,
    args: chromiumArgs(unpackedDir),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const pageErrors: string[] = [];
  context.on('page', (page) =>
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)),
  );
  return {
    context,
    extensionId,
    profileDir: dir,
    pageErrors,
    async openPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    close: () => context.close(),
  };
}

export async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Closes each browser that was started and removes its profile; for afterAll hooks. */
export async function closeAndRemove(...browsers: (ExtensionBrowser | undefined)[]): Promise<void> {
  for (const b of browsers) {
    if (!b) continue;
    await b.close();
    await removeProfile(b.profileDir);
  }
}
