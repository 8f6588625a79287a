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
