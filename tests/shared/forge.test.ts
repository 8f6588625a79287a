import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ISSUE_URL_LENGTH,
  newIssueUrl,
  parseRepository,
  REPOSITORY_HINT,
  type Repository,
  TRUNCATED_NOTE,
} from '../../shared/forge';
import { ChoreSchema, describeIssues } from '../../shared/model';
import { chore } from './fixtures';

const github: Repository = { forge: 'github', url: 'https://github.com/acme/infra' };
const gitlab: Repository = { forge: 'gitlab', url: 'https://gitlab.com/acme/platform/infra' };

describe('parseRepository', () => {
  it.each([
    ['https://github.com/acme/infra', 'github', 'https://github.com/acme/infra'],
    ['  https://github.com/acme/infra.git ', 'github', 'https://github.com/acme/infra'],
    ['https://github.com/acme/infra/', 'github', 'https://github.com/acme/infra'],
    ['https://github.com/acme/infra/issues/12?q=1#top', 'github', 'https://github.com/acme/infra'],
    ['https://github.example.com/acme/infra', 'github', 'https://github.example.com/acme/infra'],
    ['https://gitlab.com/acme/platform/infra', 'gitlab', 'https://gitlab.com/acme/platform/infra'],
    ['https://gitlab.com/acme/infra/-/issues/3', 'gitlab', 'https://gitlab.com/acme/infra'],
    ['http://gitlab.corp.example:8443/ops/tools.git', 'gitlab', 'http://gitlab.corp.example:8443/ops/tools'],
  ])('reads %s as a %s project at %s', (text, forge, url) => {
    expect(parseRepository(text)).toEqual({ forge, url });
  });

  it.each([
    ['not a url', REPOSITORY_HINT],
    ['https://bitbucket.org/acme/infra', REPOSITORY_HINT],
    ['https://github.com/acme', REPOSITORY_HINT],
    ['https://gitlab.com/-/issues', REPOSITORY_HINT],
    ['ftp://github.com/acme/infra', REPOSITORY_HINT],
    ['javascript:alert(1)//github.com/a/b', REPOSITORY_HINT],
    ['https://github/acme/infra', REPOSITORY_HINT],
    ['https://github.com/acme/in%20fra', REPOSITORY_HINT],
    ['https://github.com/../infra', REPOSITORY_HINT],
    ['https://me:secret@github.com/acme/infra', 'repository must not hold a user name or password'],
    [`https://github.com/acme/${'a'.repeat(300)}`, 'repository must be at most 300 characters'],
  ])('refuses %s, saying why', (text, problem) => {
    expect(parseRepository(text)).toEqual({ problem });
  });

  it('is what a chore record accepts, normalised, and the record refuses the rest with the reason', () => {
    const parsed = ChoreSchema.parse({ ...chore(), repository: 'https://github.com/acme/infra.git' });
    expect(parsed.repository).toBe('https://github.com/acme/infra');
    const bad = ChoreSchema.safeParse({ ...chore(), repository: 'https://example.com/acme/infra' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(describeIssues(bad.error)).toEqual([`repository: ${REPOSITORY_HINT}`]);
  });
});

describe('newIssueUrl', () => {
  const issue = { title: 'Automate: Restart CI & deploy', body: '## Evidence\n\n| a | b |\n50% #1' };

  it('fills in GitHub’s new-issue page: title and body', () => {
    const url = new URL(newIssueUrl(github, issue));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/acme/infra/issues/new');
    expect(url.searchParams.get('title')).toBe(issue.title);
    expect(url.searchParams.get('body')).toBe(issue.body);
  });

  it('fills in GitLab’s new-issue page: issue[title] and issue[description]', () => {
    const url = new URL(newIssueUrl(gitlab, issue));
    expect(`${url.origin}${url.pathname}`).toBe('https://gitlab.com/acme/platform/infra/-/issues/new');
    expect(url.searchParams.get('issue[title]')).toBe(issue.title);
    expect(url.searchParams.get('issue[description]')).toBe(issue.body);
  });

  it('cuts a body too long for a link, at a line’s end, and says so', () => {
    const lines = Array.from({ length: 800 }, (_, i) => `- line ${i}: ${'ü'.repeat(10)}`);
    const long = { title: 'Automate: x', body: lines.join('\n') };
    const url = newIssueUrl(github, long);
    expect(url.length).toBeLessThanOrEqual(MAX_ISSUE_URL_LENGTH);
    const body = new URL(url).searchParams.get('body') ?? '';
    expect(body.endsWith(TRUNCATED_NOTE)).toBe(true);
    const kept = body.slice(0, -TRUNCATED_NOTE.length);
    expect(long.body.startsWith(kept)).toBe(true);
    expect(kept.split('\n').every((line) => lines.includes(line))).toBe(true);
    // Not cut more than it had to be: with the next line, the link would have been too long.
    const next = lines[kept.split('\n').length] ?? '';
    const longer = new URLSearchParams({ title: long.title, body: `${kept}\n${next}${TRUNCATED_NOTE}` });
    expect(`${github.url}/issues/new?${longer}`.length).toBeGreaterThan(MAX_ISSUE_URL_LENGTH);
  });

  it('stays under the limit and keeps the text intact for any title and body', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 4000 }),
        fc.constantFrom(github, gitlab),
        (title, body, repo) => {
          const url = newIssueUrl(repo, { title, body });
          expect(url.length).toBeLessThanOrEqual(MAX_ISSUE_URL_LENGTH);
          const params = new URL(url).searchParams;
          const sent = params.get(repo.forge === 'github' ? 'body' : 'issue[description]') ?? '';
          const sentTitle = params.get(repo.forge === 'github' ? 'title' : 'issue[title]') ?? '';
          expect(title.startsWith(sentTitle)).toBe(true);
          if (sent === body) return;
          expect(sent.endsWith(TRUNCATED_NOTE)).toBe(true);
          expect(body.startsWith(sent.slice(0, -TRUNCATED_NOTE.length))).toBe(true);
          expect(/[\ud800-\udbff]$/.test(sent.slice(0, -TRUNCATED_NOTE.length))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
