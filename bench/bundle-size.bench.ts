/**
 * Bundle sizes of the built extension (.output/chrome-mv3, which `npm run bench` builds first), gzip -9 as
 * stores and browsers would fetch them: the popup's JavaScript (popup.html's script plus everything it
 * imports statically) and the background service worker. Baseline: an empty Preact app bundled and
 * minified in the same run (peers' popups, for scale: Toggl about 120 KB, WakaTime about 137 KB).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { assertBuilt, builtExtension } from './browser/extension-copy';
import { type Benchmark, round } from './harness';

const gzipKB = (code: Uint8Array | string) => gzipSync(code, { level: 9 }).length / 1024;

const STATIC_IMPORT = /(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g;
const DYNAMIC_IMPORT = /import\(\s*[`"'](\.{1,2}\/[^`"']+\.js)[`"']\s*\)/g;

/** A page's scripts and, transitively, the chunks they import statically: what loads to open it. */
async function scriptsOf(htmlFile: string): Promise<string[]> {
  const html = await readFile(path.join(builtExtension, htmlFile), 'utf8');
  const queue = [
    ...html.matchAll(/<script[^>]*src="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => path.join(builtExtension, m[1] ?? m[2] ?? ''));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(path.resolve(path.dirname(file), m[1] ?? ''));
  }
  return [...seen];
}

/**
 * The chunks a page may load later through import() (and what those import), minus what it loaded at
 * open: for the popup, the team view (only on a device that joined a team) and Dexie's schema (only when
 * the database must be created or upgraded).
 */
async function lazyScriptsOf(loaded: string[]): Promise<string[]> {
  const seen = new Set(loaded);
  const queue: string[] = [];
  for (const file of loaded) {
    const code = await readFile(file, 'utf8');
    for (const m of code.matchAll(DYNAMIC_IMPORT)) queue.push(path.resolve(path.dirname(file), m[1] ?? ''));
  }
  const lazy: string[] = [];
  while (queue.length) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    lazy.push(file);
    const code = await readFile(file, 'utf8');
    for (const m of [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)]) {
      queue.push(path.resolve(path.dirname(file), m[1] ?? ''));
    }
  }
  return lazy;
}

async function gzipOfFiles(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += gzipKB(await readFile(file));
  return total;
}

async function emptyPreactKB(): Promise<number> {
  const out = await build({
    entryPoints: [path.join(import.meta.dirname, 'browser/pages/empty-preact.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    logLevel: 'error',
  });
  return gzipKB(out.outputFiles[0]?.contents ?? '');
}

const benchmark: Benchmark = {
  name: 'bundle-size',
  async run() {
    const builtAt = await assertBuilt();
    const baseline = await emptyPreactKB();
    const popupFiles = await scriptsOf('popup.html');
    const popup = await gzipOfFiles(popupFiles);
    const lazyFiles = await lazyScriptsOf(popupFiles);
    const lazy = await gzipOfFiles(lazyFiles);
    const background = await gzipOfFiles([path.join(builtExtension, 'background.js')]);
    const extra = { builtAt: builtAt.toISOString(), peersPopupKB: 120 };
    return [
      {
        name: 'popup JS, gzip -9',
        value: round(popup, 1),
        unit: 'KB',
        baseline: round(baseline, 1),
        baselineName: 'empty Preact app',
        ratio: round(popup / baseline, 2),
        budget: '<= 50 KB',
        withinBudget: popup <= 50,
        extra: {
          ...extra,
          files: popupFiles.map((f) => path.relative(builtExtension, f)).join(' '),
          // Loaded only on a device that joined a team (the Team view) or once when the database is
          // created or upgraded (Dexie): not on the path of opening the popup and logging.
          laterKB: round(lazy, 1),
          laterFiles: lazyFiles.map((f) => path.relative(builtExtension, f)).join(' '),
        },
      },
      {
        name: 'background JS, gzip -9',
        value: round(background, 1),
        unit: 'KB',
        baseline: round(baseline, 1),
        baselineName: 'empty Preact app',
        ratio: round(background / baseline, 2),
        budget: '<= 30 KB',
        withinBudget: background <= 30,
        extra,
      },
    ];
  },
};
export default benchmark;
