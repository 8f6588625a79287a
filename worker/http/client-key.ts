const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const GROUP = /^[0-9a-f]{1,4}$/;
/** Garbage and a missing header share one bucket: sending garbage cannot escape a limit. */
const UNKNOWN = 'unknown';

/**
 * The key a per-address rate limit counts under. An IPv4 address is its own key. An IPv6 client usually
 * holds a whole /64 (one customer's subnet), so one address per request would escape any per-address
 * limit: an IPv6 address is cut to its first 64 bits. IPv4-mapped addresses count as their IPv4 address.
 */
export function clientKey(header: string | undefined): string {
  const ip = (header ?? '')
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, '');
  if (IPV4.test(ip)) return ip;
  const groups = ipv6Groups(ip);
  if (!groups) return UNKNOWN;
  const [, , , , , marker = 0, hi = 0, lo = 0] = groups;
  if (groups.slice(0, 5).every((g) => g === 0) && marker === 0xffff) {
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16).padStart(4, '0'))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, an IPv4 tail read), or null. */
function ipv6Groups(ip: string): number[] | null {
  if (!ip.includes(':')) return null;
  let text = ip;
  const tail: number[] = [];
  const v4 = /^(.*:)([\d.]+)$/.exec(ip);
  if (v4?.[1] && v4[2]?.includes('.')) {
    if (!IPV4.test(v4[2])) return null;
    const [a = 0, b = 0, c = 0, d = 0] = v4[2].split('.').map(Number);
    tail.push((a << 8) | b, (c << 8) | d);
    text = v4[1].endsWith('::') ? v4[1] : v4[1].slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parts = halves.map((h) => (h === '' ? [] : h.split(':')));
  if (!parts.every((p) => p.every((g) => GROUP.test(g)))) return null;
  const [head = [], rest = []] = parts.map((p) => p.map((g) => Number.parseInt(g, 16)));
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1) return known === 8 ? [...head, ...tail] : null;
  if (known > 7) return null;
  return [...head, ...new Array<number>(8 - known).fill(0), ...rest, ...tail];
}
