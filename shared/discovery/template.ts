import { templateSegment } from './identifiers';

/**
 * A page's template: its host and path, with identifiers replaced by `*` (see identifiers.ts), query and
 * fragment dropped: `https://ci.example.com/job/deploy/1234?x=1#end` has the template
 * `ci.example.com/job/deploy/*`. Templates are what discovery groups visits by.
 *
 * - Only http and https pages count; the scheme is not part of the template.
 * - The host is lower-case, without a trailing dot, and keeps its port unless it is 80 or 443. A leading
 *   `www.` is kept: the host becomes the chore's site pattern, which must match the tab's host as it is.
 * - Empty segments go (`/a//b/` is `/a/b`); the home page's path is empty (template `example.com`).
 * - Segments are shown decoded (`Café`, not `Caf%C3%A9`); `%`, `/`, `?`, `#`, `\`, spaces and control
 *   characters stay encoded, so that a template read back as a URL (`https://` + template) gives itself.
 */
export type UrlTemplate = {
  host: string;
  /** '' for the home page, else `/segment/...`. */
  path: string;
  /** host + path. */
  template: string;
};

/**
 * The part of a URL its template depends on: all of it before the query and fragment. Discovery templates
 * each such key once, however many visits share it. (A URL whose key would end in white space keeps its
 * query: the URL parser drops white space at the end of a URL, and the key would read differently.)
 */
export function templateKey(url: string): string {
  const q = url.indexOf('?');
  const h = url.indexOf('#');
  const end = q < 0 ? h : h < 0 ? q : Math.min(q, h);
  return end < 0 || url.charCodeAt(end - 1) <= 0x20 ? url : url.slice(0, end);
}

/** The template of `url`, or null for a page that is not http(s) or not a URL at all. */
export function urlTemplate(url: string): UrlTemplate | null {
  return canonical(url) ?? parsed(url);
}

// A URL as the browser's history stores it is canonical: scheme and host lower-case, path
// percent-encoded. Such a URL is read by hand, character by character (discovery templates tens of
// thousands); anything else, or anything unusual, goes through the URL parser. Both give the same
// template (tests/shared/discovery-template.test.ts checks it on generated URLs).
const HOST_CHAR = charSet('abcdefghijklmnopqrstuvwxyz0123456789.-');
const PATH_CHAR = charSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@");
const NUMERIC_LAST_LABEL = /(?:^|\.)(?:\d+|0x[0-9a-f]*)$/;
const SLASH = 47;
const QUERY = 63;
const HASH = 35;
const DOT = 46;

function charSet(chars: string): Uint8Array {
  const set = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

/** The template of a canonical http(s) URL, or undefined for any URL the URL parser must read. */
function canonical(url: string): UrlTemplate | undefined {
  const from = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : -1;
  if (from < 0) return undefined;
  let i = from;
  for (; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === SLASH || c === QUERY || c === HASH) break;
    if (HOST_CHAR[c] !== 1) return undefined;
  }
  const host = url.slice(from, i);
  if (!host || host.startsWith('.') || host.endsWith('.') || host.includes('..') || host.includes('xn--'))
    return undefined;
  if (NUMERIC_LAST_LABEL.test(host)) return undefined;
  // The path is its own template unless it has digits, empty or dot segments, or a trailing slash.
  const hostEnd = i;
  let plain = true;
  for (; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === QUERY || c === HASH) break;
    if (PATH_CHAR[c] !== 1 && c !== SLASH) return undefined;
    if ((c >= 48 && c <= 57) || ((c === SLASH || c === DOT) && url.charCodeAt(i - 1) === SLASH))
      plain = false;
  }
  const end = i;
  if (url.charCodeAt(end - 1) === SLASH && end - 1 > hostEnd) plain = false;
  if (plain || end - hostEnd === 1) {
    const path = end - hostEnd === 1 ? '' : url.slice(hostEnd, end);
    return { host, path, template: path ? url.slice(from, end) : host };
  }
  let path = '';
  for (const segment of url.slice(hostEnd + 1, end).split('/')) {
    if (segment === '' || segment === '.' || segment === '..') {
      if (segment) return undefined;
      continue;
    }
    path += `/${templateSegment(segment)}`;
  }
  return { host, path, template: host + path };
}

const KEEP_ENCODED = /[%/?#\\\p{Cc} ]/gu;

function parsed(url: string): UrlTemplate | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const hostname = u.hostname.replace(/\.$/, '');
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !hostname) return null;
  const host = u.port === '' || u.port === '80' || u.port === '443' ? hostname : `${hostname}:${u.port}`;
  let path = '';
  for (const raw of u.pathname.split('/')) {
    if (raw === '') continue;
    const segment = decoded(raw);
    // Not UTF-8 once decoded: binary data, so an identifier.
    path += `/${segment === null ? '*' : templateSegment(segment).replace(KEEP_ENCODED, encodeURIComponent)}`;
  }
  return { host, path, template: host + path };
}

function decoded(segment: string): string | null {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
