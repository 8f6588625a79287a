import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureSetupToken, hasSecret, newSecret } from '../../scripts/setup-secret.mjs';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'toil-dev-vars-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the local setup secret (worker/.dev.vars)', () => {
  it('makes 256-bit base64url secrets, a new one each time', () => {
    const a = newSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(newSecret()).not.toBe(a);
  });

  it('creates the file with SETUP_TOKEN when it is missing, readable by its owner only', async () => {
    const file = path.join(dir, '.dev.vars');
    const out = ensureSetupToken(file);
    expect(out.created).toBe(true);
    expect(out.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await readFile(file, 'utf8')).toBe(`SETUP_TOKEN=${out.token}\n`);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('never overwrites an existing SETUP_TOKEN, quoted or not', async () => {
    const file = path.join(dir, '.dev.vars');
    for (const [text, token] of [
      ['OTHER=1\nSETUP_TOKEN=mine-mine-mine\n', 'mine-mine-mine'],
      ['SETUP_TOKEN="quoted secret"', 'quoted secret'],
      ["  SETUP_TOKEN = 'single'\n", 'single'],
    ] as const) {
      await writeFile(file, text);
      expect(ensureSetupToken(file)).toEqual({ token, created: false });
      expect(await readFile(file, 'utf8')).toBe(text);
    }
  });

  it('appends SETUP_TOKEN to a file that has other variables, keeping them', async () => {
    const file = path.join(dir, '.dev.vars');
    await writeFile(file, 'OTHER=1\n# SETUP_TOKEN=commented out');
    const out = ensureSetupToken(file);
    expect(out.created).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(
      `OTHER=1\n# SETUP_TOKEN=commented out\nSETUP_TOKEN=${out.token}\n`,
    );
    expect(ensureSetupToken(file)).toEqual({ token: out.token, created: false });
  });
});

describe('the deployed setup secret', () => {
  it('reads `wrangler secret list` JSON for SETUP_TOKEN', () => {
    expect(hasSecret('[{"name":"SETUP_TOKEN","type":"secret_text"}]', 'SETUP_TOKEN')).toBe(true);
    expect(hasSecret('[{"name":"OTHER","type":"secret_text"}]', 'SETUP_TOKEN')).toBe(false);
    expect(hasSecret('[]', 'SETUP_TOKEN')).toBe(false);
    expect(() => hasSecret('not json', 'SETUP_TOKEN')).toThrow(/secret list/);
  });
});
