import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

// Toil discovery asks for the history at its button's click: both product builds (made by `npm test`)
// list `history` as optional, never as a permission granted at install.
it.each(['chrome-mv3', 'firefox-mv3'])(
  'the %s build holds history only as an optional permission',
  (build) => {
    const file = path.resolve(import.meta.dirname, '../../.output', build, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
      permissions?: string[];
      optional_permissions?: string[];
    };
    expect(manifest.optional_permissions).toContain('history');
    expect(manifest.permissions).not.toContain('history');
  },
);

it.each(['chrome-mv3', 'firefox-mv3'])(
  'the %s build has no trace of the e2e build’s history seam',
  (build) => {
    const dir = path.resolve(import.meta.dirname, '../../.output', build);
    const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts)
      expect(readFileSync(path.join(dir, file), 'utf8')).not.toContain('toil-e2e-visits');
  },
);
