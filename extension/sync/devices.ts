import { DeviceSchema, PairingCodeSchema, ROTATION_SALT, RotatedTokenSchema } from '../../shared/api/devices';
import { OkSchema } from '../../shared/api/teams';
import { z } from '../../shared/zod';
import type { ToilDb } from '../db/dexie/schema';
import { callServer, type Fetch, RejectedError } from './http';
import { pairingLink } from './join-link';
import { readSyncState, type SyncState, withPatch, writeSyncState } from './state';

// The member's browsers (worker/README.md, "A member's browsers"), through this browser's token. Answers
// are read leniently: a newer server's extra fields are dropped.
const DevicesAnswer = z.object({ devices: z.array(DeviceSchema.strip()) });
export type Device = z.output<typeof DeviceSchema>;

const defaultFetch: Fetch = (input, init) => globalThis.fetch(input, init);

async function joined(db: ToilDb): Promise<SyncState> {
  const state = await readSyncState(db);
  if (!state) throw new RejectedError(401, 'This browser is in no team.');
  return state;
}

function patchState(db: ToilDb, patch: Partial<SyncState>) {
  return db.transaction('rw', db.kv, async () => {
    const state = await readSyncState(db);
    if (state) await writeSyncState(db, withPatch(state, patch));
  });
}

/** A pairing link for another browser (one use, 10 minutes), and when it expires. */
export async function makePairingLink(db: ToilDb, fetcher = defaultFetch) {
  const { server, token } = await joined(db);
  const init = { method: 'POST', token };
  const made = await callServer(fetcher, `${server}/v1/me/pairing-codes`, init, PairingCodeSchema.strip());
  return { link: pairingLink(server, made.code), expiresAt: made.expiresAt };
}

export async function listDevices(db: ToilDb, fetcher = defaultFetch): Promise<Device[]> {
  const { server, token } = await joined(db);
  return (await callServer(fetcher, `${server}/v1/me/devices`, { token }, DevicesAnswer)).devices;
}

/** Revokes another browser of the member: it stops syncing at its next request. */
export async function revokeDevice(db: ToilDb, id: string, fetcher = defaultFetch) {
  const { server, token } = await joined(db);
  const url = `${server}/v1/me/devices/${encodeURIComponent(id)}`;
  await callServer(fetcher, url, { method: 'DELETE', token }, OkSchema);
}

function base64Url(raw: Uint8Array): string {
  let s = '';
  for (const b of raw) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The token a rotation with `nonce` gives: HMAC-SHA256 keyed with the old token, as the server does. */
export async function rotatedToken(oldToken: string, nonce: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    enc.encode(oldToken),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return base64Url(new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(ROTATION_SALT + nonce))));
}

/**
 * Gives this browser a new token; the old one stops working at once (the other browsers keep theirs).
 * The token to expect is stored before asking, so an answer lost on the way still leaves this browser a
 * way in: sync tries it when the old token is refused (session.ts), as does the next rotation.
 */
export async function rotateToken(db: ToilDb, fetcher = defaultFetch): Promise<void> {
  await settlePendingToken(db, fetcher);
  const { server, token } = await joined(db);
  const nonce = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  await patchState(db, { pendingToken: await rotatedToken(token, nonce) });
  const init = { body: { nonce }, token };
  try {
    const out = await callServer(fetcher, `${server}/v1/me/token`, init, RotatedTokenSchema.strip());
    await patchState(db, { token: out.token, pendingToken: undefined });
  } catch (error) {
    // The server's own refusal: nothing was rotated. Anything else may have been, after all.
    if (error instanceof RejectedError) await patchState(db, { pendingToken: undefined });
    throw error;
  }
}

/**
 * After a rotation whose answer was lost: keeps whichever of the two tokens the server accepts (none
 * when both are refused: sync then says so). Unreachable, it changes nothing and throws.
 */
export async function settlePendingToken(db: ToilDb, fetcher = defaultFetch): Promise<void> {
  const state = await readSyncState(db);
  if (!state?.pendingToken) return;
  for (const token of [state.pendingToken, state.token]) {
    try {
      await callServer(fetcher, `${state.server}/v1/me/devices`, { token }, DevicesAnswer);
      return patchState(db, { token, pendingToken: undefined });
    } catch (error) {
      if (!(error instanceof RejectedError && error.status === 401)) throw error;
    }
  }
  await patchState(db, { pendingToken: undefined });
}
