import { ToilDb } from '../../extension/db/dexie/schema';
import { saveSettings } from '../../extension/db/dexie/settings';
import type { SyncState } from '../../extension/sync/state';
import { PullResponseSchema } from '../../shared/api/sync';

let counter = 0;

/** A device: its own database, as a second browser profile would have. */
export async function freshDevice(): Promise<ToilDb> {
  counter += 1;
  const db = new ToilDb(`sync-${process.pid}-${Date.now()}-${counter}`);
  await saveSettings(db, { timeZone: 'UTC', weekStartsOn: 1 });
  return db;
}

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export type ServerTeam = { adminToken: string; inviteCode: string; name: string };

export async function createTeam(server: string, name = `Team ${++counter}`): Promise<ServerTeam> {
  const out = await post<{ token: string; invite: { inviteCode: string } }>(`${server}/v1/teams`, { name });
  return { adminToken: out.token, inviteCode: out.invite.inviteCode, name };
}

export async function serverGet<T>(server: string, path: string, token: string): Promise<T> {
  const res = await fetch(`${server}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** Everything the server holds for a member (latest revision of each record), read through pull. */
export async function serverRecords(server: string, token: string) {
  const records = new Map<string, unknown>();
  let cursor = '0';
  for (;;) {
    const page = PullResponseSchema.parse(
      await serverGet(server, `/v1/sync/pull?cursor=${cursor}&limit=1000`, token),
    );
    for (const c of page.changes) {
      records.set(
        c.type === 'chore' ? `c:${c.chore.id}` : `o:${c.occurrence.id}`,
        c.type === 'chore' ? c.chore : c.occurrence,
      );
    }
    cursor = page.cursor;
    if (!page.more) return { records, cursor };
  }
}

/** A device's sync state right after joining `server` (cursor at the start, nothing failed yet). */
export function joinedState(server: string, over: Partial<SyncState> = {}): SyncState {
  return {
    server,
    token: 't',
    memberId: 'm',
    teamName: 'T',
    cursor: '0',
    failures: 0,
    rejected: [],
    ...over,
  };
}
