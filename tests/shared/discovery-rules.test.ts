import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discover, NOT_TOIL, type NotToilRules, notToil, type Visit } from '../../shared/discovery';
import { berlin, options } from './discovery-history';

/** A page visited at 10:00 on six days over four weeks: it recurs, so only a rule can keep it out. */
const recurring = (url: string): Visit[] => [1, 3, 8, 10, 15, 17].map((d) => ({ url, at: berlin(d, 10) }));
const none: NotToilRules = {
  homePages: false,
  searchSegments: [],
  mail: { hostLabels: [], firstSegments: [] },
  reading: { hostLabels: [], segments: [], sites: [] },
};

describe('pages that recur but are not chores', () => {
  it.each([
    ['https://news.example.com/', 'home page'],
    ['https://intranet.example.com/?tab=home', 'home page'],
    ['https://www.google.com/search?q=kafka+lag', 'search results'],
    ['https://github.com/search?q=repo%3Aacme', 'search results'],
    ['https://jira.example.com/issues/search/results?jql=x', 'search results'],
    ['https://mail.google.com/mail/u/0/#inbox', 'mail'],
    ['https://outlook.office.com/mail/inbox/id/AAQk', 'mail'],
    ['https://webmail.example.com/rc/?_task=mail', 'mail'],
    ['https://news.example.com/world/europe', 'reading'],
    ['https://docs.example.com/guide/setup', 'reading'],
    ['https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API', 'reading'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'reading'],
    ['https://old.reddit.com/r/sre/', 'reading'],
  ])('%s is set aside (%s), and would be a candidate without the rule', (url, reason) => {
    const visits = recurring(url);
    const result = discover(visits, options());
    expect(result.candidates).toEqual([]);
    expect(result.stats.setAside[reason as keyof typeof result.stats.setAside]).toBe(1);
    expect(discover(visits, options({ notToil: none })).candidates).toHaveLength(1);
  });

  it('does not set aside chores whose pages merely look alike', () => {
    for (const url of [
      'https://ci.example.com/job/deploy/1234/console',
      'https://mailer.example.com/queues/retry',
      'https://console.example.com/newsletter/send',
      'https://wiki.example.com/runbooks/restart-api',
      'https://notyoutube.com/admin/flush',
    ]) {
      expect(discover(recurring(url), options()).candidates, url).toHaveLength(1);
    }
  });

  it('are listed for the user to see, and a caller may pass its own', () => {
    expect(NOT_TOIL.reading.sites).toContain('youtube.com');
    expect(notToil('status.example.com', '/incidents', { ...none, searchSegments: ['incidents'] })).toBe(
      'search results',
    );
    expect(notToil('status.example.com', '/incidents')).toBeNull();
  });
});

describe('the rules read without building strings', () => {
  // The rules as first written, building the lower-case path and its segments: the reading to agree with.
  const asWritten = (host: string, path: string, rules: NotToilRules = NOT_TOIL) => {
    if (path === '') return rules.homePages ? 'home page' : null;
    const segments = path.slice(1).toLowerCase().split('/');
    if (segments.some((s) => rules.searchSegments.includes(s))) return 'search results';
    const name = host.replace(/:\d+$/, '');
    const label = name.split('.')[0] ?? '';
    if (rules.mail.hostLabels.includes(label) || rules.mail.firstSegments.includes(segments[0] ?? ''))
      return 'mail';
    const { reading } = rules;
    if (
      reading.hostLabels.includes(label) ||
      segments.some((s) => reading.segments.includes(s)) ||
      reading.sites.some((site) => name === site || name.endsWith(`.${site}`))
    )
      return 'reading';
    return null;
  };
  const label = fc.constantFrom('mail', 'news', 'docs', 'www', 'ci', 'm', 'notyoutube', 'youtube', 'x');
  const host = fc
    .tuple(
      fc.array(label, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('com', 'example.com', 'youtube.com'),
    )
    .chain(([labels, tld]) =>
      fc
        .constantFrom('', ':8080', ':443x')
        .map((port) => `${[...labels, tld].join('.')}${port}`)
        .chain((h) => fc.constantFrom(h, '[::1]', '[::1]:8080', 'x.com', 'reddit.com:3000')),
    );
  const segment = fc.constantFrom(
    'search',
    'SEARCH',
    'Results',
    'mail',
    'Inbox',
    'docs',
    'DOCUMENTATION',
    'ZONE',
    '\u212Aube',
    'job',
    '*',
    'Café',
    'İnbox',
  );
  const path = fc.array(segment, { maxLength: 4 }).map((s) => s.map((x) => `/${x}`).join(''));

  it('agree with the rules as written, on any host and path', () => {
    fc.assert(
      fc.property(host, path, fc.boolean(), (h, p, own) => {
        // A caller's own rules too, with words that hold a z and a k (the Kelvin sign lower-cases to k).
        const rules: NotToilRules = own
          ? { ...NOT_TOIL, searchSegments: ['zone'], reading: { ...NOT_TOIL.reading, segments: ['kube'] } }
          : NOT_TOIL;
        expect(notToil(h, p, rules)).toBe(asWritten(h, p, rules));
      }),
      { numRuns: 2000 },
    );
  });
});
