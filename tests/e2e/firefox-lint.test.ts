import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import webExt from 'web-ext';

const firefoxBuild = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');

type LintMessage = { code: string; message: string; file?: string };
type LintResult = { summary: { errors: number }; errors: LintMessage[] };

// The store's own linter (addons-linter, through web-ext) on the Firefox build `npm test` made.
it('builds a Firefox add-on that web-ext lint passes with no errors', async () => {
  expect(existsSync(path.join(firefoxBuild, 'manifest.json'))).toBe(true);
  const result = (await webExt.cmd.lint(
    { sourceDir: firefoxBuild, output: 'none', selfHosted: false, boring: true },
    { shouldExitProgram: false },
  )) as LintResult;
  expect(result.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  expect(result.summary.errors).toBe(0);
}, 120_000);
