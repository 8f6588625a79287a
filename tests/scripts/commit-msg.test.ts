import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const hook = path.resolve(import.meta.dirname, '../../.githooks/commit-msg');

function check(message: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'toil-msg-')), 'COMMIT_EDITMSG');
  writeFileSync(file, message);
  return spawnSync('sh', [hook, file], { encoding: 'utf8' });
}

describe('the commit-msg hook', () => {
  it('accepts a subject of 72 characters with a body after a blank line', () => {
    const subject = 'x'.repeat(72);
    expect(check(`${subject}\n\nWhy, and the figures.\n`).status).toBe(0);
    expect(check('Refuse entries dated more than a day ahead\n').status).toBe(0);
  });

  it('counts characters, not bytes, and ignores git’s comment lines', () => {
    expect(check(`${'é'.repeat(72)}\n`).status).toBe(0);
    expect(check(`# Please enter the commit message\n${'y'.repeat(60)}\n`).status).toBe(0);
  });

  it('refuses a subject over 72 characters, saying how long it is', () => {
    const out = check(`${'z'.repeat(73)}\n\nbody\n`);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('the subject is 73 characters; keep it to 72');
  });

  it('refuses a body that starts on the second line', () => {
    const out = check('Short subject\nbody right under it\n');
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('leave the second line blank');
  });
});
