/**
 * A chore's repository on a forge (GitHub or GitLab), and the forge's new-issue page with an issue's
 * title and body filled in: "Open issue" is a plain link, so the extension itself sends nothing.
 */

export type Forge = 'github' | 'gitlab';
export type Repository = { forge: Forge; url: string };

const MAX_REPOSITORY_LENGTH = 300;
const SEGMENT = /^[A-Za-z0-9_.-]+$/;

export const REPOSITORY_HINT =
  'repository must be a GitHub or GitLab project address, such as https://github.com/owner/repo or https://gitlab.com/group/project';

/**
 * The forge of a host: github.com and gitlab.com, and self-hosted ones named so (github.example.com for
 * GitHub Enterprise, gitlab.example.com), whose new-issue pages have the same addresses.
 */
function forgeOf(hostname: string): Forge | undefined {
  const first = hostname.split('.')[0];
  if (hostname === 'github.com' || (first === 'github' && hostname.includes('.'))) return 'github';
  if (hostname === 'gitlab.com' || (first === 'gitlab' && hostname.includes('.'))) return 'gitlab';
  return undefined;
}

/**
 * A repository address as typed or pasted, normalised to the project's root (`https://github.com/o/r`):
 * `.git`, a trailing slash, a query and a page inside the project (`/issues`, GitLab's `/-/...`) go.
 * A problem, in words, for anything else.
 */
export function parseRepository(text: string): Repository | { problem: string } {
  const trimmed = text.trim();
  if (trimmed.length > MAX_REPOSITORY_LENGTH) {
    return { problem: `repository must be at most ${MAX_REPOSITORY_LENGTH} characters` };
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { problem: REPOSITORY_HINT };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: REPOSITORY_HINT };
  if (url.username || url.password) return { problem: 'repository must not hold a user name or password' };
  const forge = forgeOf(url.hostname);
  if (!forge) return { problem: REPOSITORY_HINT };
  let segments = url.pathname.split('/').filter(Boolean);
  if (forge === 'gitlab') {
    const dash = segments.indexOf('-');
    if (dash >= 0) segments = segments.slice(0, dash);
  } else segments = segments.slice(0, 2);
  const last = segments.length - 1;
  segments = segments.map((s, i) => (i === last ? s.replace(/\.git$/, '') : s));
  if (segments.length < 2 || !segments.every((s) => SEGMENT.test(s) && !/^\.+$/.test(s))) {
    return { problem: REPOSITORY_HINT };
  }
  return { forge, url: `${url.protocol}//${url.host}/${segments.join('/')}` };
}

export type IssueText = { title: string; body: string };

/**
 * Longest new-issue address we build. Browsers take far longer ones (Chromium about 2 MB), but forges
 * answer 414 to request lines past about 8 KB (GitHub and nginx, GitLab's front, alike).
 */
export const MAX_ISSUE_URL_LENGTH = 8000;
export const TRUNCATED_NOTE = '\n\n_(Cut to fit in a link: "Copy as issue" copies the whole text.)_';

function issueUrl(repository: Repository, title: string, body: string): string {
  const params: [string, string][] =
    repository.forge === 'github'
      ? [
          ['title', title],
          ['body', body],
        ]
      : [
          ['issue[title]', title],
          ['issue[description]', body],
        ];
  const path = repository.forge === 'github' ? '/issues/new' : '/-/issues/new';
  return `${repository.url}${path}?${new URLSearchParams(params).toString()}`;
}

/** Cuts text to `length` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, length - 1) : text.slice(0, length);
}

/**
 * The forge's new-issue page for `repository` with the issue filled in (GitHub: /issues/new?title=&body=;
 * GitLab: /-/issues/new?issue[title]=&issue[description]=), at most `max` characters long: a body too
 * long for that is cut (at a line's end when one is near) and says so.
 */
export function newIssueUrl(repository: Repository, issue: IssueText, max = MAX_ISSUE_URL_LENGTH): string {
  const whole = issueUrl(repository, issue.title, issue.body);
  if (whole.length <= max) return whole;
  const title = cut(issue.title, Math.min(issue.title.length, 200));
  const fits = (n: number) => issueUrl(repository, title, cut(issue.body, n) + TRUNCATED_NOTE).length <= max;
  // The longest prefix that fits, by bisection (encoding makes lengths uneven).
  let low = 0;
  let high = issue.body.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  let body = cut(issue.body, low);
  const lineEnd = body.lastIndexOf('\n');
  if (lineEnd > body.length * 0.8) body = body.slice(0, lineEnd);
  return issueUrl(repository, title, body + TRUNCATED_NOTE);
}
