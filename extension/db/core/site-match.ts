/**
 * Whether a tab's host ("github.com", "gist.github.com:8443") matches a chore's site pattern
 * ("github.com" for that host only, "*.github.com" for it and every subdomain). A pattern without a
 * port matches any port. Runs on the device only; the host is never stored.
 */
export function hostMatches(host: string | undefined, pattern: string | undefined): boolean {
  if (!host || !pattern) return false;
  const [hostName = '', hostPort] = splitPort(host.toLowerCase().replace(/\.$/, ''));
  const p = pattern.toLowerCase();
  const wildcard = p.startsWith('*.');
  const [patternName = '', patternPort] = splitPort(wildcard ? p.slice(2) : p);
  if (patternPort !== undefined && patternPort !== hostPort) return false;
  if (hostName === patternName) return true;
  return wildcard && hostName.endsWith(`.${patternName}`);
}

function splitPort(host: string): [string, string | undefined] {
  const match = /^(.*?)(?::(\d+))?$/.exec(host);
  return [match?.[1] ?? host, match?.[2]];
}
