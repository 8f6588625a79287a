/** What the join form accepts: a server URL and an invite code, or one link holding both. */
export type JoinTarget = { server: string; inviteCode: string };
/** A pairing link from the member's other browser: this browser gets a sign-in token of its own. */
export type PairTarget = { server: string; pairingCode: string };

/** The link that lets one person join (worker/README.md: "A join link is the extension's"). */
export function joinLink(server: string, inviteCode: string): string {
  return `${server}/join#code=${inviteCode}`;
}

/**
 * The link that pairs another browser with this member: it holds a pairing code (single use, 10 minutes),
 * never a token (worker/README.md, "A member's browsers").
 */
export function pairingLink(server: string, code: string): string {
  return `${server}/join#pair=${code}`;
}

const CODE = /^[A-Za-z0-9_-]{10,64}$/;

/** Links made by earlier versions carried the member's token itself; they are no longer accepted. */
export const RETIRED_DEVICE_LINK =
  'Links holding a sign-in token are retired: in your other browser, open Team › “Use this team in another browser” for a pairing link (it works once, for 10 minutes). To be safe, rotate that browser’s token there too.';

/** The server's origin (scheme, host, port) from what a person pasted; an error message if it is none. */
export function serverOrigin(input: string): string | { error: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { error: 'Enter the server address, e.g. https://toil.example.com' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: 'The server address must start with https:// (or http:// for a local server).' };
  }
  return url.origin;
}

/**
 * Reads a join link (`https://server/join#code=...` or `?code=...`/`invite=...`), a pairing link from the
 * member's other browser (`#pair=...`), or a server address and a separate invite code.
 */
export function parseJoinInput(
  serverOrLink: string,
  code: string,
): JoinTarget | PairTarget | { error: string } {
  const origin = serverOrigin(serverOrLink);
  if (typeof origin !== 'string') return origin;
  const url = new URL(serverOrLink.trim());
  const params = new URLSearchParams(url.hash.slice(1) || url.search);
  if (params.has('device')) return { error: RETIRED_DEVICE_LINK };
  const pairing = params.get('pair');
  if (pairing !== null) {
    return CODE.test(pairing)
      ? { server: origin, pairingCode: pairing }
      : { error: 'That pairing link is not complete.' };
  }
  const fromLink = params.get('code') ?? params.get('invite') ?? '';
  const inviteCode = code.trim() || fromLink;
  if (!inviteCode) return { error: 'Enter the invite code, or paste the whole join link.' };
  if (!CODE.test(inviteCode)) return { error: 'That invite code is not in the right form.' };
  return { server: origin, inviteCode };
}
