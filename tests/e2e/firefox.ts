import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxBuild = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');
const GECKO_ID = 'toil-tracker@toil-tracker.dev';

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

/** The few WebDriver BiDi commands the Firefox tests use, over Node's own WebSocket. */
class Bidi {
  private next = 0;
  private readonly pending = new Map<number, Pending>();
  constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data));
      if (message.type === 'event') return;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`));
      else waiting.resolve(message.result);
    });
  }
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.next;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    });
  }
}

export type FirefoxPage = {
  /** Runs `expression` in the page (awaiting a promise) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy, and returns it. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  /**
   * Clicks the element `expression` evaluates to, with the mouse (WebDriver input actions): a real user
   * gesture, as permissions.request needs, where a script's click() is not one.
   */
  click(expression: string): Promise<void>;
  /** A PNG of the page as shown. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
};

export type ExtensionFirefox = {
  /** The moz-extension:// origin of the installed build. */
  origin: string;
  open(file: string): Promise<FirefoxPage>;
  /** Uncaught errors and unhandled rejections of the extension's pages, from the browser console. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
};

/**
 * Starts Debian's Firefox ESR, headless, on a fresh profile, and installs the Firefox build as a
 * temporary add-on through WebDriver BiDi (webExtension.install). The profile maps the add-on's id to a
 * fixed internal UUID, so its pages have a known moz-extension:// origin.
 */
export async function launchFirefoxWithExtension(): Promise<ExtensionFirefox> {
  const profile = await mkdtemp(path.join(tmpdir(), 'toil-firefox-'));
  const uuid = randomUUID();
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'remote.active-protocols': 1,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'network.captive-portal-service.enabled': false,
    'extensions.update.enabled': false,
    // Optional permissions asked for in a click are granted without the prompt no test can answer: the
    // product build's own optional history permission is requested, granted and removed for real.
    'extensions.webextOptionalPermissionPrompts': false,
  };
  await writeFile(
    path.join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const child = spawn(
    firefoxPath,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    },
  );
  try {
    const endpoint = await listeningOn(child);
    const socket = new WebSocket(`${endpoint}/session`);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', () => reject(new Error('no BiDi connection')), { once: true });
    });
    const bidi = new Bidi(socket);
    await bidi.send('session.new', { capabilities: {} });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: firefoxBuild } });
    const origin = `moz-extension://${uuid}`;
    const pageErrors: string[] = [];
    return {
      origin,
      async open(file) {
        const url = `${origin}/${file}`;
        const context = await openTab(bidi, url);
        const page: FirefoxPage = {
          async evaluate<T>(expression: string) {
            const result = await bidi.send<{
              type: string;
              result?: { value?: unknown };
              exceptionDetails?: { text: string };
            }>('script.evaluate', {
              expression: `(async () => JSON.stringify(await (${expression})))()`,
              target: { context },
              awaitPromise: true,
              resultOwnership: 'none',
            });
            if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails?.text}`);
            const text = result.result?.value;
            return (typeof text === 'string' ? JSON.parse(text) : undefined) as T;
          },
          async waitFor<T>(expression: string, timeoutMs = 15_000) {
            const until = Date.now() + timeoutMs;
            // While the page loads, evaluating may throw; the last such error explains a timeout.
            let last = 'never truthy';
            for (;;) {
              const value = await page.evaluate<T>(expression).catch((error: unknown) => {
                last = String(error);
                return undefined;
              });
              if (value) return value;
              if (Date.now() > until) throw new Error(`timed out waiting for ${expression} (${last})`);
              await new Promise((r) => setTimeout(r, 50));
            }
          },
          async click(expression: string) {
            // Where the element is once scrolled into view, and only once nothing covers its middle.
            const at = await page.waitFor<{ x: number; y: number }>(
              `(async (e) => {
                if (!e) return null;
                e.scrollIntoView({ block: 'center' });
                await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
                const r = e.getBoundingClientRect();
                const x = Math.round(r.x + r.width / 2), y = Math.round(r.y + r.height / 2);
                return e.contains(document.elementFromPoint(x, y)) ? { x, y } : null;
              })(${expression})`,
            );
            await bidi.send('input.performActions', {
              context,
              actions: [
                {
                  type: 'pointer',
                  id: 'mouse',
                  parameters: { pointerType: 'mouse' },
                  actions: [
                    { type: 'pointerMove', x: at.x, y: at.y, origin: 'viewport' },
                    { type: 'pointerDown', button: 0 },
                    { type: 'pointerUp', button: 0 },
                  ],
                },
              ],
            });
          },
          async screenshot() {
            const { data } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
              context,
            });
            return Buffer.from(data, 'base64');
          },
          async close() {
            const seen = await page.evaluate<string[]>(`globalThis.__toilErrors ?? []`).catch(() => []);
            pageErrors.push(...seen);
            await bidi.send('browsingContext.close', { context });
          },
        };
        await page.waitFor(`document.readyState === 'complete'`);
        // The page counts its own errors from here on (BiDi's log events leave out extension pages, and
        // its preload scripts do not run in them); those thrown while it loaded go unseen here.
        await page.evaluate(`(${RECORD_ERRORS})(), true`);
        return page;
      },
      async errors() {
        // What the closed pages counted themselves and, where this Firefox lets the session into its
        // browser window (--remote-allow-system-access, later than ESR 140), the browser console's,
        // which also has the extension background's.
        const messages =
          (await inBrowserWindow<[number, string, string][]>(
            bidi,
            `Services.console.getMessageArray()
              .filter((m) => m instanceof Ci.nsIScriptError)
              .map((m) => [m.flags, m.sourceName, m.errorMessage])`,
          )) ?? [];
        return [
          ...pageErrors.map((e) => `${origin}: ${e}`),
          ...messages
            .filter(([flags, source]) => !(flags & 1) && source.startsWith(origin))
            .map(([, source, message]) => `${source}: ${message}`),
        ];
      },
      async close() {
        await bidi.send('browser.close').catch(() => undefined);
        socket.close();
        await exited(child);
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

type Tree = { contexts: { context: string; url: string; children: Tree['contexts'] }[] };

/**
 * Opens an extension page in a new tab. Firefox ESR 140 lets BiDi navigate a new tab to the
 * moz-extension:// page; later versions refuse, and the tab is opened from the browser window itself
 * (allowed by --remote-allow-system-access), as the toolbar button would. Either way the page runs in
 * its usual content context.
 */
async function openTab(bidi: Bidi, url: string): Promise<string> {
  const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  const navigated = await bidi
    .send('browsingContext.navigate', { context, url, wait: 'complete' })
    .then(() => true)
    .catch(() => false);
  if (navigated) return context;
  await bidi.send('browsingContext.close', { context });
  const opened = await inBrowserWindow(
    bidi,
    `(gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, {
      triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
    }), true)`,
  );
  if (!opened) throw new Error(`Firefox would not open ${url}, nor let the session into its window`);
  const until = Date.now() + 15_000;
  for (;;) {
    const { contexts } = await bidi.send<Tree>('browsingContext.getTree');
    const tab = contexts.find((c) => c.url === url);
    if (tab) return tab.context;
    if (Date.now() > until) throw new Error(`Firefox did not open ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Keeps a page's uncaught errors and unhandled rejections in globalThis.__toilErrors. */
const RECORD_ERRORS = `() => {
  const errors = (globalThis.__toilErrors = []);
  addEventListener('error', (e) => errors.push(String(e.error ?? e.message)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
}`;

/**
 * Evaluates `expression` in the browser window's own (privileged) scope and returns its JSON value, or
 * undefined where this Firefox keeps the session out of its window (ESR 140 has no 'moz:scope').
 */
async function inBrowserWindow<T>(bidi: Bidi, expression: string): Promise<T | undefined> {
  const chrome = await bidi.send<Tree>('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = chrome.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) return undefined;
  const result = await bidi.send<{ type: string; result?: { value?: unknown } }>('script.evaluate', {
    expression: `JSON.stringify(${expression})`,
    target: { context: window.context },
    awaitPromise: false,
  });
  const text = result.result?.value;
  if (result.type !== 'success' || typeof text !== 'string')
    throw new Error(`browser window: ${JSON.stringify(result)}`);
  return JSON.parse(text) as T;
}

/** Firefox prints its WebDriver BiDi address on stderr once it listens. */
function listeningOn(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stderr?.on('data', read);
    child.stdout?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}):\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
