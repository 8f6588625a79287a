import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ForgeHost,
  forgeHost,
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
    ['https://GitHub.com/acme/infra', 'github', 'https://github.com/acme/infra'],
    ['https://gitlab.com/acme/platform/infra', 'gitlab', 'https://gitlab.com/acme/platform/infra'],
    ['https://gitlab.com/acme/infra/-/issues/3', 'gitlab', 'https://gitlab.com/acme/infra'],
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
    // Look-alike hosts: the first label is not the forge.
    ['https://github.com.evil.example/acme/infra', REPOSITORY_HINT],
    ['https://github.evil.example/acme/infra', REPOSITORY_HINT],
    ['https://gitlab.attacker.io/acme/infra', REPOSITORY_HINT],
    ['https://www.github.com/acme/infra', REPOSITORY_HINT],
    ['https://github.com:8443/acme/infra', REPOSITORY_HINT],
    // https only.
    ['http://github.com/acme/infra', 'repository must be an https address'],
  ])('refuses %s, saying why', (text, problem) => {
    expect(parseRepository(text)).toEqual({ problem });
  });

  it('reads a self-hosted forge added in the settings, on exactly that host and port, over https', () => {
    const hosts: ForgeHost[] = [
      { host: 'git.example.com', forge: 'gitlab' },
      { host: 'ghe.corp.example:8443', forge: 'github' },
    ];
    expect(parseRepository('https://git.example.com/ops/tools.git', hosts)).toEqual({
      forge: 'gitlab',
      url: 'https://git.example.com/ops/tools',
    });
    expect(parseRepository('https://ghe.corp.example:8443/ops/tools/pulls', hosts)).toEqual({
      forge: 'github',
      url: 'https://ghe.corp.example:8443/ops/tools',
    });
    expect(parseRepository('https://git.example.com/ops/tools')).toEqual({ problem: REPOSITORY_HINT });
    expect(parseRepository('https://ghe.corp.example/ops/tools', hosts)).toEqual({
      problem: REPOSITORY_HINT,
    });
    expect(parseRepository('https://git.example.com.evil.example/ops/tools', hosts)).toEqual({
      problem: REPOSITORY_HINT,
    });
    expect(parseRepository('http://git.example.com/ops/tools', hosts)).toEqual({
      problem: 'repository must be an https address',
    });
  });

  it('never reads a look-alike of github.com or gitlab.com as a forge', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.constantFrom('github', 'gitlab'), label, fc.boolean(), (forge, other, before) => {
        const host = before ? `${other}.${forge}.com` : `${forge}.com.${other}`;
        fc.pre(host !== `${forge}.com`);
        expect(parseRepository(`https://${host}/acme/infra`)).toEqual({ problem: REPOSITORY_HINT });
      }),
    );
  });

  it('leaves a chore record’s repository as stored (checked where it is set and where it is used)', () => {
    const lookAlike = 'https://github.com.evil.example/acme/infra';
    expect(ChoreSchema.parse({ ...chore(), repository: lookAlike }).repository).toBe(lookAlike);
    const long = ChoreSchema.safeParse({ ...chore(), repository: 'x'.repeat(301) });
    expect(long.success).toBe(false);
    if (!long.success) {
      expect(describeIssues(long.error)).toEqual(['repository: repository must be at most 300 characters']);
    }
  });
});

describe('forgeHost', () => {
  it.each([
    ['git.example.com', 'git.example.com'],
    [' https://Git.Example.com/ ', 'git.example.com'],
    ['https://ghe.corp.example:8443/some/page', 'ghe.corp.example:8443'],
  ])('reads %s as %s', (text, host) => {
    expect(forgeHost(text)).toEqual({ host });
  });

  it.each([
    ['', 'enter the forge’s address, such as https://git.example.com'],
    ['http://git.example.com', 'a forge must be reached over https'],
    ['https://me:pw@git.example.com', 'a forge’s address must not hold a user name or password'],
    ['localhost', 'enter the forge’s address, such as https://git.example.com'],
    ['git example com', 'enter the forge’s address, such as https://git.example.com'],
    ['github.com', 'github.com and gitlab.com are always forges; no need to add them'],
  ])('refuses %j, saying why', (text, problem) => {
    expect(forgeHost(text)).toEqual({ problem });
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
