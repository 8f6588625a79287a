import { describe, expect, it } from 'vitest';
import { rankMatches } from '../../../../extension/db/core/matching';
import { manualChore } from '../../../../shared/chore-record';
import type { Chore } from '../../../../shared/model';

const WED = Date.UTC(2025, 10, 12, 9);
let n = 0;
const chore = (name: string, fields: Partial<Chore> = {}): Chore => ({
  ...manualChore({ name }, { id: `chore-${++n}`, now: WED }),
  ...fields,
});

const EXISTING = [
  chore('Restart flaky CI job'),
  chore('Rotate API keys'),
  chore('Answer "how do I get access" tickets'),
  chore('Clean up disk on build agents'),
  chore('Approve dependency bumps'),
  chore('Fix build'),
  chore('Deploy to staging'),
  chore('Renew TLS certificates', { archived: true }),
];
const offered = (text: string) => rankMatches(EXISTING, text).map((c) => c.name);

describe('chores offered while typing a name', () => {
  it.each([
    ['Restart the flaky CI job', 'Restart flaky CI job'],
    ['restart a flaky ci job', 'Restart flaky CI job'],
    ['Restart flaky CI jobs', 'Restart flaky CI job'],
    ['Restart flaky CI-job', 'Restart flaky CI job'],
    ['Restrat flaky CI job', 'Restart flaky CI job'],
    ['Restart flakey CI job', 'Restart flaky CI job'],
    ['Rotate the API key', 'Rotate API keys'],
    ['Approve dependency bump', 'Approve dependency bumps'],
    ['Clean up the disks on the build agents', 'Clean up disk on build agents'],
    ['Renew TLS certificate', 'Renew TLS certificates'],
    ['Answer how do I get access tickets', 'Answer "how do I get access" tickets'],
  ])('offers the existing chore for the near-duplicate "%s"', (typed, existing) => {
    expect(offered(typed)[0]).toBe(existing);
  });

  it.each([
    'Restart flaky CD job',
    'Restart staging DB',
    'Rotate SSH keys',
    'Fix bug',
    'Deploy to prod',
    'Renew domain',
    'Approve expense report',
  ])('offers nothing for the different chore "%s"', (typed) => {
    expect(offered(typed)).toEqual([]);
  });

  it('still offers what starts with or contains the text, exact first, live before archived', () => {
    expect(offered('  rotate api')).toEqual(['Rotate API keys']);
    expect(offered('ROTATE  api KEYS')).toEqual(['Rotate API keys']);
    expect(offered('build')).toEqual(['Clean up disk on build agents', 'Fix build']);
    expect(offered('tls')).toEqual(['Renew TLS certificates']);
    const same = [chore('Triage alerts', { archived: true }), chore('Triage alert')];
    expect(rankMatches(same, 'triage alerts').map((c) => c.name)).toEqual(['Triage alerts', 'Triage alert']);
  });

  it('never offers a deleted chore, and nothing for empty text', () => {
    expect(rankMatches([chore('Restart flaky CI job', { deleted: true })], 'restart flaky ci job')).toEqual(
      [],
    );
    expect(offered('   ')).toEqual([]);
  });
});
