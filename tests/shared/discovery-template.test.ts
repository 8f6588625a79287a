import { describe, expect, it } from 'vitest';
import { isIdentifierToken, urlTemplate } from '../../shared/discovery';

const template = (url: string) => urlTemplate(url)?.template;

describe('a URL template', () => {
  it.each([
    ['https://ci.example.com/job/deploy-api/1234/console', 'ci.example.com/job/deploy-api/*/console'],
    ['https://github.com/acme/api/commit/3f2a1b9c0d', 'github.com/acme/api/commit/*'],
    ['https://github.com/acme/api/commit/3F2A1B9', 'github.com/acme/api/commit/*'],
    [
      'https://oncall.example.com/incidents/550e8400-e29b-41d4-a716-446655440000/ack',
      'oncall.example.com/incidents/*/ack',
    ],
    ['https://logs.example.com/day/2026-11-30', 'logs.example.com/day/*'],
    ['https://logs.example.com/day/20261130', 'logs.example.com/day/*'],
    ['https://logs.example.com/at/2026-11-30T12:00:00Z', 'logs.example.com/at/*'],
    ['https://logs.example.com/release-2026-11-30/notes', 'logs.example.com/release-*/notes'],
    [
      'https://drive.example.com/file/d/1BxiMVs0XRA5nFMdKvBd_Bjgm-UUqptlbs74/view',
      'drive.example.com/file/d/*/view',
    ],
    ['https://video.example.com/v/dQw4w9WgXcQ', 'video.example.com/v/*'],
    ['https://k8s.example.com/clusters/prodcluster42eastzone', 'k8s.example.com/clusters/*'],
    ['https://assets.example.com/static/main.3f2a1b9c.js', 'assets.example.com/static/main.*.js'],
    ['https://docs.example.org/3.12/library/asyncio.html', 'docs.example.org/*/library/asyncio.html'],
  ])('replaces the identifiers of %s', (url, expected) => {
    expect(template(url)).toBe(expected);
  });

  it('keeps the project of a ticket key and the words of a slug', () => {
    expect(template('https://jira.example.com/browse/OPS-1234')).toBe('jira.example.com/browse/OPS-*');
    expect(template('https://forum.example.com/t/1234-fix-login')).toBe('forum.example.com/t/*-fix-login');
    expect(template('https://wiki.example.com/wiki/World_War_2')).toBe('wiki.example.com/wiki/World_War_*');
  });

  it('keeps words, versions of an API and all-letter hex words', () => {
    expect(template('https://api.example.com/v2/users/me')).toBe('api.example.com/v2/users/me');
    expect(template('https://example.com/x/deadbeef/facade')).toBe('example.com/x/deadbeef/facade');
    expect(template('https://console.example.com/run/europe-west1/api')).toBe(
      'console.example.com/run/europe-west1/api',
    );
  });

  it('drops the query, the fragment, empty segments and a trailing slash', () => {
    expect(template('https://example.com/a//b/?q=1#top')).toBe('example.com/a/b');
    expect(template('https://mail.example.com/mail/u/0/#inbox/FMfcgz')).toBe('mail.example.com/mail/u/*');
  });

  it('is the bare host for a home page', () => {
    expect(urlTemplate('https://example.com/?ref=x')).toEqual({
      host: 'example.com',
      path: '',
      template: 'example.com',
    });
    expect(template('https://example.com')).toBe('example.com');
  });

  it('lower-cases the host, drops ports 80 and 443 whatever the scheme, keeps others and www', () => {
    expect(template('https://EXAMPLE.com:443/a')).toBe('example.com/a');
    expect(template('http://example.com:443/a')).toBe('example.com/a');
    expect(template('https://example.com:80/a')).toBe('example.com/a');
    expect(template('http://localhost:3000/jobs/12')).toBe('localhost:3000/jobs/*');
    expect(template('https://www.example.com/a')).toBe('www.example.com/a');
    expect(template('https://example.com./a')).toBe('example.com/a');
  });

  it('shows segments decoded, and reads encoded identifiers as identifiers', () => {
    expect(template('https://example.com/wiki/Caf%C3%A9')).toBe('example.com/wiki/Café');
    expect(template('https://example.com/builds/%31%32%33')).toBe('example.com/builds/*');
    expect(template('https://example.com/issues/%23123')).toBe('example.com/issues/*');
    expect(template('https://example.com/a%2Fb/c')).toBe('example.com/a%2Fb/c');
    expect(template('https://example.com/blob/%C3')).toBe('example.com/blob/*');
  });

  it('resolves dot segments as the browser does', () => {
    expect(template('https://example.com/a/./b/../c')).toBe('example.com/a/c');
  });

  it.each([
    'chrome://settings',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://1234/popup.html',
    'about:blank',
    'file:///home/me/notes.txt',
    'data:text/html,hello',
    'javascript:void(0)',
    'not a url',
    '',
  ])('is null for %s, which is not an http(s) page', (url) => {
    expect(urlTemplate(url)).toBeNull();
  });
});

describe('an identifier token', () => {
  it.each([
    ['1234', true],
    ['٣٤', true],
    ['3f2a1b9', true],
    ['3f2a1b', false],
    ['deadbeef', false],
    ['k8sclusterprod01x', true],
    ['k8sclusterprod1', false],
    ['dQw4w9WgXcQ', true],
    ['Ab3dE5fG7', false],
    ['iPhone15', false],
    ['v2', false],
    ['release', false],
  ])('%s is %s', (token, expected) => {
    expect(isIdentifierToken(token)).toBe(expected);
  });
});
