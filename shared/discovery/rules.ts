/**
 * Every threshold of toil discovery, in one place. A burst of visits to one template is one occurrence
 * of a chore; a template becomes a candidate when its occurrences recur.
 */
export const DISCOVERY = {
  /** Visits to one template less than this apart belong to one burst, one occurrence. */
  burstGapMinutes: 30,
  /** A burst's length is its span plus this: one visit alone still took a moment. */
  extraMinutes: 1,
  /** A candidate recurs: at least this many occurrences ... */
  minOccurrences: 3,
  /** ... on at least this many days of the user's calendar ... */
  minDays: 2,
  /** ... in at least this many of the user's weeks. */
  minWeeks: 2,
  /**
   * Templates of one host merge into one candidate when at least this share of each one's occurrences
   * happen together with one of the other's (less than burstGapMinutes apart): a CI job page and its
   * console, visited in the same rebuild every time.
   */
  togetherShare: 0.9,
  /**
   * A chore is done in a sitting. A template whose bursts typically last longer than this is a page the
   * user works in for hours (code review, a chat, a dashboard left open), not a chore; it is set aside
   * before merging, so that it cannot glue unrelated pages of its host into one candidate.
   */
  maxTypicalMinutes: 120,
  /** How many weeks of history discovery reads by default, and the range the setting allows. */
  defaultWindowWeeks: 4,
  minWindowWeeks: 1,
  maxWindowWeeks: 12,
} as const;

/** Thresholds a caller may change (tests, a future setting); the window's range is the setting's own. */
export type DiscoveryRules = {
  -readonly [K in Exclude<keyof typeof DISCOVERY, 'minWindowWeeks' | 'maxWindowWeeks'>]: number;
};

/**
 * Pages visited again and again that are not chores. Rules on a page's shape do most of it; the one list
 * of sites is short on purpose. Exported so that the full page can show the user what is left out, and a
 * caller may pass its own.
 */
export type NotToilRules = {
  /** A site's home page (empty path) is where browsing starts, not a chore. */
  homePages: boolean;
  /** Path segments of search results: what was searched for was in the query, which is dropped. */
  searchSegments: readonly string[];
  /** Mail: first labels of mail hosts (mail.example.com), first path segments (outlook.office.com/mail). */
  mail: { hostLabels: readonly string[]; firstSegments: readonly string[] };
  /**
   * Reading and watching: first labels of news and documentation hosts, path segments of documentation
   * (developer.mozilla.org/en-US/docs/...), and sites of video, social media and news, with their
   * subdomains.
   */
  reading: { hostLabels: readonly string[]; segments: readonly string[]; sites: readonly string[] };
};

export const NOT_TOIL: NotToilRules = {
  homePages: true,
  searchSegments: ['search', 'results'],
  mail: { hostLabels: ['mail', 'webmail'], firstSegments: ['mail', 'inbox'] },
  reading: {
    hostLabels: ['news', 'docs'],
    segments: ['docs', 'documentation'],
    sites: [
      'youtube.com',
      'reddit.com',
      'news.ycombinator.com',
      'x.com',
      'twitter.com',
      'facebook.com',
      'instagram.com',
      'linkedin.com',
    ],
  },
};

export type NotToilReason = 'home page' | 'search results' | 'mail' | 'reading';
/** Why templates were set aside: by their shape (NotToilRules), or for bursts lasting hours. */
export type SetAsideReason = NotToilReason | 'open for hours';

/** Why a template (its host and path, see template.ts) is not toil by the rules, or null when it may be. */
export function notToil(host: string, path: string, rules: NotToilRules = NOT_TOIL): NotToilReason | null {
  if (path === '') return rules.homePages ? 'home page' : null;
  const segments = path.slice(1).toLowerCase().split('/');
  if (segments.some((s) => rules.searchSegments.includes(s))) return 'search results';
  const name = host.replace(/:\d+$/, '');
  const dot = name.indexOf('.');
  const label = dot < 0 ? name : name.slice(0, dot);
  if (rules.mail.hostLabels.includes(label) || rules.mail.firstSegments.includes(segments[0] ?? '')) {
    return 'mail';
  }
  const { reading } = rules;
  if (
    reading.hostLabels.includes(label) ||
    segments.some((s) => reading.segments.includes(s)) ||
    reading.sites.some((site) => name === site || name.endsWith(`.${site}`))
  ) {
    return 'reading';
  }
  return null;
}
