import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

// The pages' chunking (extension/build/popup-chunk.ts), checked on the builds `npm test` made.
const builds = ['chrome-mv3', 'firefox-mv3'].map((b) =>
  path.resolve(import.meta.dirname, '../../.output', b),
);

const assets = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
/** The scripts a page loads at start: its module script and the chunks it preloads. */
const scripts = (html: string) =>
  [...html.matchAll(/<script[^>]*src="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );

it.each(builds)(
  '%s: the popup loads its entry and one popup-base chunk, with neither Dexie nor zod',
  (dir) => {
    const popup = readFileSync(path.join(dir, 'popup.html'), 'utf8');
    const loaded = scripts(popup);
    expect(loaded).toHaveLength(2);
    expect(loaded.filter((s) => /\/chunks\/popup-base-[\w-]+\.js$/.test(s))).toHaveLength(1);
    const code = loaded.map((s) => readFileSync(path.join(dir, s), 'utf8')).join('\n');
    // Dexie's own error names and zod's issue codes: present in their code, absent from the popup's.
    expect(code).not.toMatch(/DatabaseClosedError|invalid_union/);
    expect(assets(popup, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)).toHaveLength(1);
  },
);

it.each(builds)("%s: the full page shares popup-base but not the popup's stylesheet", (dir) => {
  const popup = readFileSync(path.join(dir, 'popup.html'), 'utf8');
  const page = readFileSync(path.join(dir, 'dashboard.html'), 'utf8');
  expect(scripts(page).filter((s) => s.includes('/popup-base-'))).toHaveLength(1);
  const [popupStyles] = assets(popup, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  expect(page).not.toContain(popupStyles);
});
