import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/** Runs a command as if on Node.js `version` (the check reads TOIL_NODE_VERSION_FOR_TEST first). */
function runAs(version: string, command: string, args: string[]) {
  return spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TOIL_NODE_VERSION_FOR_TEST: version },
    timeout: 120_000,
  });
}

describe('the Node.js the project brings', () => {
  it('puts the `node` dev dependency first on the PATH of every npm script, whatever node runs npm', () => {
    const out = spawnSync('npm', ['exec', '-c', 'command -v node && node --version'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const [where, version] = out.stdout.trim().split('\n');
    expect(where).toBe(path.join(root, 'node_modules/.bin/node'));
    const wanted = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.node;
    expect(wanted).toMatch(/^\^24\./);
    expect(version).toMatch(/^v24\./);
    expect(readFileSync(path.join(root, '.nvmrc'), 'utf8').trim()).toBe('24');
  });
});

describe('the Node.js version check', () => {
  it('accepts 22.12 and newer', () => {
    for (const ok of ['22.12.0', '23.0.0', '24.22.3']) {
      const out = runAs(ok, 'node', ['scripts/check-node.mjs']);
      expect(out.status, ok).toBe(0);
      expect(out.stderr, ok).toBe('');
    }
  });

  it('refuses older ones with the version needed and what brings it', () => {
    for (const old of ['22.11.9', '20.20.2', '18.0.0']) {
      const out = runAs(old, 'node', ['scripts/check-node.mjs']);
      expect(out.status, old).toBe(1);
      expect(out.stderr).toContain(`Toil Tracker needs Node.js 22.12 or newer; this is Node.js ${old}.`);
      expect(out.stderr).toContain('Run `npm install` in the repository first: it brings Node.js 24');
    }
  });

  // The scripts' `pre` hooks run the check first: on an old Node, `npm start` stops at once instead of
  // building both extensions and only then failing in wrangler.
  it.each(['start', 'test', 'bench'])('stops `npm %s` before any build or download', (script) => {
    const out = runAs('20.20.2', 'npm', ['run', script]);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain('Toil Tracker needs Node.js 22.12 or newer; this is Node.js 20.20.2.');
    // npm echoes each script it runs: only the check ran, never the script itself.
    expect(out.stdout).toContain('node scripts/check-node.mjs');
    const ran = out.stdout.split('\n').filter((l) => l.startsWith('> '));
    expect(ran.every((l) => l.includes('check-node') || l.startsWith(`> toil-tracker@`))).toBe(true);
  });
});
