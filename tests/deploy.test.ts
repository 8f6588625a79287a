import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

// `npm run deploy` cannot run here (no Cloudflare account), so its dry run proves what it can: every
// migration applies in order to a fresh D1, and the Worker bundles as a deploy would, within the size limit.
describe('npm run deploy -- --dry-run', () => {
  it('applies every migration in order and bundles the Worker under the Free plan limit', async () => {
    const config = readFileSync(path.join(root, 'worker/wrangler.jsonc'), 'utf8');
    const { stdout } = await promisify(execFile)('node', ['scripts/deploy.mjs', '--dry-run'], {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
      timeout: 240_000,
    });
    const migrations = readdirSync(path.join(root, 'worker/migrations')).filter((f) => f.endsWith('.sql'));
    expect(stdout).toContain(
      `Migrations: all ${migrations.length} applied in order to a fresh local D1 (${migrations.sort().join(', ')}).`,
    );
    const size = /Worker bundle: [\d.]+ KiB, ([\d.]+) KiB gzipped; the Workers limit is 3 MB/.exec(stdout);
    expect(size, stdout).not.toBeNull();
    expect(Number(size?.[1])).toBeLessThan(3 * 1024);
    expect(stdout).toContain('Dry run passed: nothing was deployed.');
    // Nothing deployed, nothing rewritten: the database id placeholder is still there.
    expect(readFileSync(path.join(root, 'worker/wrangler.jsonc'), 'utf8')).toBe(config);
  }, 300_000);
});
