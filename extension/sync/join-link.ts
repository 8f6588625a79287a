/** What the join form accepts: a server URL and an invite code, or one link holding both. */
export type JoinTarget = { server: string; inviteCode: string };
/** A link from the member's other browser: this browser syncs as the same member. */
export type DeviceTarget = { server: string; deviceToken: string };

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** The link that connects another browser as the same member (it holds the member's token). */
export function deviceLink(server: string, token: string): string {
  return `${server}/join#device=${token}`;
}

/** The link that lets one person join (worker/README.md: "A join link is the extension's"). */
export function joinLink(server: string, inviteCode: string): string {
  return `${server}/join#code=${inviteCode}`;
}

const CODE = /^[A-Za-z0-9_-]{10,64}$/;

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
 * Reads a join link (`https://server/join#code=...` or `?code=...`/`invite=...`), a link from the
 * member's other browser (`#device=...`), or a server address and a separate invite code.
 */
export function parseJoinInput(
  serverOrLink: string,
  code: string,
): JoinTarget | DeviceTarget | { error: string } {
  const origin = serverOrigin(serverOrLink);
  if (typeof origin !== 'string') return origin;
  const url = new URL(serverOrLink.trim());
  const params = new URLSearchParams(url.hash.slice(1) || url.search);
  const device = params.get('device');
  if (device !== null) {
    return TOKEN.test(device)
      ? { server: origin, deviceToken: device }
      : { error: 'That browser link is not complete.' };
  }
  const fromLink = params.get('code') ?? params.get('invite') ?? '';
  const inviteCode = code.trim() || fromLink;
  if (!inviteCode) return { error: 'Enter the invite code, or paste the whole join link.' };
  if (!CODE.test(inviteCode)) return { error: 'That invite code is not in the right form.' };
  return { server: origin, inviteCode };
}
