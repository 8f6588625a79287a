import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The dependency direction, enforced: entrypoints -> features/components -> db -> shared; worker routes
// -> db -> shared; extension/ and worker/ never import each other; shared/ stays pure (no DOM, no Dexie,
// no D1, no fetch); nothing in the repo imports from outside the checkout. Then what each part of the
// extension may load: the popup and the background load neither Dexie nor zod (their size budgets), and
// db/core and db/idb never need them.
// In the worker, db/ sits below http/ (storage never depends on the HTTP layer), routes are independent
// of each other (what two routes share lives in http/ or db/), and helpers exist once, in http/.

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

/** Where a relative import lands, as a repo-relative path; bare package names are returned as they are. */
function target(file: string, spec: string): string {
  return spec.startsWith('.') ? path.relative(root, path.resolve(root, path.dirname(file), spec)) : spec;
}

function violations(dirs: string[], forbidden: (target: string) => boolean): string[] {
  return dirs.flatMap((dir) =>
    sourceFiles(dir).flatMap((file) =>
      importsOf(file)
        .map((spec) => target(file, spec))
        .filter(forbidden)
        .map((t) => `${file} imports ${t}`),
    ),
  );
}

// --- What a module loads: its static imports, followed through every module they load in turn. ---

type Import = { to: string; kind: 'static' | 'dynamic' | 'type' };

/** A relative import as the repo-relative file it loads; a package as imported ("preact/hooks"). */
function resolve(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = path.resolve(root, path.dirname(file), spec);
  const candidates = [base, ...['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext)];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? base;
  return path.relative(root, found);
}

const STATEMENT = /^\s*(?:import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE_IMPORT = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /(typeof\s+)?import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * A module's imports and what kind each is. Type-only imports (`import type`, `{ type A }` alone,
 * `typeof import()`) load nothing at run time; a dynamic import() loads its module only when it runs.
 */
function edgesOf(file: string): Import[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const typeOnly = (clause: string) => {
    const names =
      /\{([^}]*)\}/
        .exec(clause)?.[1]
        ?.split(',')
        .map((n) => n.trim())
        .filter(Boolean) ?? [];
    return names.length > 0 && names.every((n) => n.startsWith('type ')) && !/^\s*[\w$*]/.test(clause);
  };
  return [
    ...[...text.matchAll(STATEMENT)].map(
      (m): Import => ({
        to: resolve(file, m[3] ?? ''),
        kind: m[1] || typeOnly(m[2] ?? '') ? 'type' : 'static',
      }),
    ),
    ...[...text.matchAll(BARE_IMPORT)].map(
      (m): Import => ({ to: resolve(file, m[1] ?? ''), kind: 'static' }),
    ),
    ...[...text.matchAll(DYNAMIC)].map(
      (m): Import => ({ to: resolve(file, m[2] ?? ''), kind: m[1] ? 'type' : 'dynamic' }),
    ),
  ];
}

/**
 * Every import chain from `entry` through static imports to a module `forbidden` matches, one per
 * forbidden module reached, each as "a.ts -> b.ts -> dexie". Packages are not followed inside.
 */
function chainsTo(entry: string, forbidden: (module: string) => boolean): string[] {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  const reached: string[] = [];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (forbidden(file)) {
      reached.push(file);
      continue;
    }
    if (!/\.(ts|tsx|mts)$/.test(file)) continue;
    for (const { to, kind } of edgesOf(file)) {
      if (kind !== 'static' || parent.has(to)) continue;
      parent.set(to, file);
      queue.push(to);
    }
  }
  return reached.map((end) => {
    const chain = [end];
    for (let at = parent.get(end); at; at = parent.get(at)) chain.unshift(at);
    return chain.join(' -> ');
  });
}

const under =
  (...prefixes: string[]) =>
  (module: string) =>
    prefixes.some((p) => module === p || module.startsWith(`${p}/`));

describe('architecture', () => {
  it('keeps shared/ pure: no platform, storage or framework imports', () => {
    const platform = /^(dexie|wxt|preact|hono|@hono|cloudflare:|node:|extension\/|worker\/)/;
    expect(
      violations(['shared'], (t) => platform.test(t)),
      'shared/ must stay pure TypeScript',
    ).toEqual([]);
  });

  it('never lets the extension and the worker import each other', () => {
    expect(
      violations(['extension'], (t) => t.startsWith('worker')),
      'extension/ imports worker/',
    ).toEqual([]);
    expect(
      violations(['worker'], (t) => t.startsWith('extension')),
      'worker/ imports extension/',
    ).toEqual([]);
  });

  it('keeps db/ below the UI: db never imports components, features or entrypoints', () => {
    const upward = /^extension\/(components|features|entrypoints)/;
    expect(
      violations(['extension/db'], (t) => upward.test(t)),
      'db/ must only depend on shared/',
    ).toEqual([]);
  });

  it('keeps worker/db below the HTTP layer: db never imports worker/http or worker/routes', () => {
    const upward = /^worker\/(http|routes)\//;
    expect(
      violations(['worker/db'], (t) => upward.test(t)),
      'worker/db/ must not import worker/http/ or worker/routes/: move what both need into worker/db/ or shared/',
    ).toEqual([]);
  });

  it('never lets one worker route import another', () => {
    expect(
      violations(['worker/routes'], (t) => t.startsWith('worker/routes/')),
      'a route imports another route: move what they share into worker/http/ or worker/db/',
    ).toEqual([]);
  });

  it('defines the route helpers once, in worker/http, not in each route file', () => {
    const helper = /^\s*(?:export\s+)?(?:const|function)\s+(json|ok)\b/m;
    const copies = sourceFiles('worker/routes').flatMap((file) => {
      const name = helper.exec(readFileSync(path.join(root, file), 'utf8'))?.[1];
      return name ? [`${file} defines its own ${name}()`] : [];
    });
    expect(copies, 'import json() and ok from worker/http/router.ts instead').toEqual([]);
  });

  it('never depends on the team handbook beside the checkout', () => {
    const outside = (t: string) => t.startsWith('..');
    expect(violations(['shared', 'extension', 'worker', 'tests', 'bench', 'scripts'], outside)).toEqual([]);
  });
});

describe('what each part of the extension may load', () => {
  const dexieOrZod = under('dexie', 'zod', 'extension/db/dexie');

  it('keeps db/core and db/idb free of Dexie and zod, through every module they load', () => {
    const files = [...sourceFiles('extension/db/core'), ...sourceFiles('extension/db/idb')];
    expect(
      files.flatMap((file) => chainsTo(file, dexieOrZod)),
      'db/core and db/idb must not load dexie, zod or db/dexie (the popup and the background use them)',
    ).toEqual([]);
  });

  it('lets db/core and db/idb load Dexie in one place only: the schema, to create or upgrade the database', () => {
    const files = [...sourceFiles('extension/db/core'), ...sourceFiles('extension/db/idb')];
    const dynamic = files.flatMap((file) =>
      edgesOf(file)
        .filter((e) => e.kind === 'dynamic')
        .map((e) => `${file} -> import(${e.to})`),
    );
    expect(dynamic, 'the one allowed dynamic import is the schema, in idb/open.ts').toEqual([
      'extension/db/idb/open.ts -> import(extension/db/dexie/schema.ts)',
    ]);
    expect(
      chainsTo('extension/db/dexie/schema.ts', under('zod')),
      'the schema the popup loads to create or upgrade the database must not bring zod',
    ).toEqual([]);
  });

  it('opens the popup without db/dexie, sync/ or zod', () => {
    const forbidden = under('dexie', 'zod', 'extension/db/dexie', 'extension/sync');
    expect(
      chainsTo('extension/entrypoints/popup/main.tsx', forbidden),
      "the popup's static imports must not reach Dexie, sync or zod (it loads them lazily, when needed)",
    ).toEqual([]);
  });

  it('keeps log/, popup/ and ranking/ components off db/dexie, sync/ and team/', () => {
    const files = ['log', 'popup', 'ranking'].flatMap((area) => sourceFiles(`extension/components/${area}`));
    const forbidden = under('extension/db/dexie', 'extension/sync', 'extension/components/team');
    expect(
      files.flatMap((file) => chainsTo(file, forbidden)),
      'log/, popup/ and ranking/ are what the popup loads: full-page storage, sync and team views load lazily',
    ).toEqual([]);
  });

  it('opens the popup through no package index, so popup-base holds only what the popup loads', () => {
    // The build's popup-base group (extension/build/popup-chunk.ts) takes every module the popup's
    // imports reach. Through a package's index it reached all of date-fns, and the functions only
    // discovery uses (subWeeks, addWeeks) went into the popup's chunk. So the popup takes packages
    // function by function ('date-fns/addDays'), or from the few whose index is the code it runs.
    const whole = ['preact', 'preact/hooks', 'preact/jsx-runtime', 'wxt/browser'];
    const byFunction = ['date-fns/', '@date-fns/tz/'];
    const ours = ['extension/', 'shared/'];
    const throughIndex = (module: string) =>
      ![...ours, ...byFunction].some((p) => module.startsWith(p)) && !whole.includes(module);
    expect(
      chainsTo('extension/entrypoints/popup/main.tsx', throughIndex),
      "the popup's modules import a package's index (add it to `whole` only if that index is the code)",
    ).toEqual([]);
  });

  it('runs the background service worker without Dexie or zod', () => {
    expect(
      chainsTo('extension/entrypoints/background.ts', dexieOrZod),
      "the background's static imports must not reach Dexie or zod (its size budget)",
    ).toEqual([]);
  });

  it('loads toil discovery only in the full page, lazily: never in the popup or the background', () => {
    const discovery = under('shared/discovery', 'extension/components/discovery');
    expect(
      ['extension/entrypoints/popup/main.tsx', 'extension/entrypoints/background.ts'].flatMap((entry) =>
        chainsTo(entry, discovery),
      ),
      'discovery must not load with the popup or the background',
    ).toEqual([]);
    expect(
      chainsTo('extension/entrypoints/dashboard/main.tsx', under('shared/discovery')),
      "the full page's first load must not bring the analysis: it is imported when the section shows",
    ).toEqual([]);
  });
});
