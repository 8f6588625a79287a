import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The dependency direction from the handbook's style.md, enforced: entrypoints -> features/components ->
// db -> shared; worker routes -> db -> shared; extension/ and worker/ never import each other; shared/
// stays pure (no DOM, no Dexie, no D1, no fetch); nothing in the repo reaches the team handbook beside it.
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
