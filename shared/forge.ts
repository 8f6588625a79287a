/**
 * A chore's repository on a forge (GitHub or GitLab: github.com, gitlab.com or a self-hosted one the user
 * added), and the forge's new-issue page with an issue's title and body filled in: "Open issue" is a
 * plain link, so the extension itself sends nothing.
 */

export type Forge = 'github' | 'gitlab';
export type Repository = { forge: Forge; url: string };
/** A self-hosted forge the user added in the settings: its host (with a port, if any), reached over https. */
export type ForgeHost = { host: string; forge: Forge };

const MAX_REPOSITORY_LENGTH = 300;
const SEGMENT = /^[A-Za-z0-9_.-]+$/;
/** A host name of at least two labels, with an optional port, as URL gives it (lower case). */
const HOST =
  /^(?=.{1,253}(:|$))([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(:\d{1,5})?$/;

export const REPOSITORY_HINT =
  'repository must be a project address on github.com or gitlab.com, such as https://github.com/owner/repo, or on a self-hosted forge added in Settings';

/** The forges every user has; self-hosted ones count only once the user adds their host. */
const PUBLIC_FORGES: readonly ForgeHost[] = [
  { host: 'github.com', forge: 'github' },
  { host: 'gitlab.com', forge: 'gitlab' },
];

/**
 * The forge of an https address's host (and port): github.com, gitlab.com, or exactly one of the user's
 * self-hosted forges. A look-alike (github.com.example.net, gitlab.example.org) is none of them: "Open
 * issue" must not send a chore's figures to a host the user never chose.
 */
function forgeOf(host: string, hosts: readonly ForgeHost[]): Forge | undefined {
  return [...PUBLIC_FORGES, ...hosts].find((h) => h.host === host)?.forge;
}

/**
 * A repository address as typed or pasted, normalised to the project's root (`https://github.com/o/r`):
 * `.git`, a trailing slash, a query and a page inside the project (`/issues`, GitLab's `/-/...`) go.
 * Only https, and only on github.com, gitlab.com or a self-hosted forge in `hosts`. A problem, in words,
 * for anything else.
 */
export function parseRepository(
  text: string,
  hosts: readonly ForgeHost[] = [],
): Repository | { problem: string } {
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
  if (url.protocol === 'http:') return { problem: 'repository must be an https address' };
  if (url.protocol !== 'https:') return { problem: REPOSITORY_HINT };
  if (url.username || url.password) return { problem: 'repository must not hold a user name or password' };
  const forge = forgeOf(url.host, hosts);
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
  return { forge, url: `https://${url.host}/${segments.join('/')}` };
}

const FORGE_HOST_HINT = 'enter the forge’s address, such as https://git.example.com';

/**
 * The host (and port) of a self-hosted forge as the user types it ("git.example.com", or any https
 * address on it), or a problem: only https, no credentials, a real host name.
 */
export function forgeHost(text: string): { host: string } | { problem: string } {
  const trimmed = text.trim();
  if (!trimmed) return { problem: FORGE_HOST_HINT };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { problem: FORGE_HOST_HINT };
  }
  if (url.protocol === 'http:') return { problem: 'a forge must be reached over https' };
  if (url.protocol !== 'https:' || !HOST.test(url.host)) return { problem: FORGE_HOST_HINT };
  if (url.username || url.password) {
    return { problem: 'a forge’s address must not hold a user name or password' };
  }
  if (PUBLIC_FORGES.some((f) => f.host === url.host)) {
    return { problem: 'github.com and gitlab.com are always forges; no need to add them' };
  }
  return { host: url.host };
}

/**
 * A self-hosted forge as the settings store it: exactly `{ host, forge }`, the host as forgeHost reads it
 * (the settings' reader without zod, and their zod schema, both check with this).
 */
export function isForgeHost(value: unknown): value is ForgeHost {
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 2) return false;
  const { host, forge } = value as Record<string, unknown>;
  if ((forge !== 'github' && forge !== 'gitlab') || typeof host !== 'string') return false;
  const read = forgeHost(host);
  return 'host' in read && read.host === host;
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
