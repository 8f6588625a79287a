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

/**
 * Why a template (its host and path, see template.ts) is not toil by the rules, or null when it may be.
 * Discovery asks this of every distinct template of a history (tens of thousands), so it builds no strings
 * it can do without.
 */
export function notToil(host: string, path: string, rules: NotToilRules = NOT_TOIL): NotToilReason | null {
  if (path === '') return rules.homePages ? 'home page' : null;
  if (hasSegment(path, rules.searchSegments)) return 'search results';
  const name = host.slice(0, portAt(host));
  const dot = name.indexOf('.');
  const label = dot < 0 ? name : name.slice(0, dot);
  if (rules.mail.hostLabels.includes(label) || hasSegment(path, rules.mail.firstSegments, true)) {
    return 'mail';
  }
  const { reading } = rules;
  if (reading.hostLabels.includes(label) || hasSegment(path, reading.segments)) return 'reading';
  for (const site of reading.sites) if (isSiteOrSubdomain(name, site)) return 'reading';
  return null;
}

/** Where the host's `:port` begins (a colon and digits to the end), or its length when it has none. */
function portAt(host: string): number {
  const colon = host.lastIndexOf(':');
  if (colon < 0 || colon === host.length - 1) return host.length;
  for (let i = colon + 1; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c < 48 || c > 57) return host.length;
  }
  return colon;
}

/** Whether a segment of `path` (`/a/b`), in lower case, is one of `words`; only its first if `firstOnly`. */
function hasSegment(path: string, words: readonly string[], firstOnly = false): boolean {
  for (let start = 1; start <= path.length; ) {
    const slash = path.indexOf('/', start);
    const end = slash < 0 ? path.length : slash;
    for (const word of words) if (isWord(path, start, end, word)) return true;
    if (firstOnly) return false;
    start = end + 1;
  }
  return false;
}

/** path.slice(start, end).toLowerCase() === word, without building either string for ASCII text. */
function isWord(path: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = path.charCodeAt(start + i);
    if (c > 127) return path.slice(start, end).toLowerCase() === word;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** `name` is `site` or one of its subdomains (`m.youtube.com`, not `notyoutube.com`). */
function isSiteOrSubdomain(name: string, site: string): boolean {
  const at = name.length - site.length;
  return name.endsWith(site) && (at === 0 || name.charCodeAt(at - 1) === 46);
}
