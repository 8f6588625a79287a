import { JoinResponseSchema, MAX_DISPLAY_NAME_LENGTH, OkSchema, TeamSchema } from '../../shared/api/teams';
import { nameProblem } from '../../shared/text';
import { InputError } from '../db/core/errors';
import { HELD_DELETES_KEY, TEAM_VIEW_KEY } from '../db/core/rows';
import type { ToilDb } from '../db/dexie/schema';
import { writeTransaction } from '../db/dexie/write-transaction';
import { deviceNameOf } from './device-name';
import { callServer, type Fetch, RejectedError } from './http';
import type { JoinTarget, PairTarget } from './join-link';
import { readSyncState, type SyncState, writeSyncState } from './state';

const defaultFetch: Fetch = (input, init) => globalThis.fetch(input, init);

/**
 * Queues every record once, chores first: what was logged before joining (or while in another team)
 * is shared with the new team at the first sync. Private ones are skipped when the batch is built.
 */
async function queueEverything(db: ToilDb, now: number) {
  await db.outbox.clear();
  const chores = await db.chores.toCollection().primaryKeys();
  const occurrences = await db.occurrences.toCollection().primaryKeys();
  await db.outbox.bulkAdd([
    ...chores.map((id) => ({ table: 'chores' as const, id, op: 'put' as const, at: now })),
    ...occurrences.map((id) => ({ table: 'occurrences' as const, id, op: 'put' as const, at: now })),
  ]);
}

/**
 * Joins a team with an invite code (or again after the token was revoked: `rejoin`). A first join queues
 * the device's non-private history, which is pushed once the member has chosen what to share.
 */
export async function joinTeam(
  db: ToilDb,
  target: JoinTarget,
  displayName: string,
  options: { fetcher?: Fetch; now?: number; rejoin?: boolean } = {},
): Promise<SyncState> {
  const { fetcher = defaultFetch, now = Date.now() } = options;
  const name = displayName.trim();
  // The server's own rule (DisplayNameSchema), checked before anything is sent.
  const problem = name ? nameProblem(name, 'display name', MAX_DISPLAY_NAME_LENGTH) : undefined;
  if (problem) throw new InputError([problem]);
  const out = await callServer(
    fetcher,
    `${target.server}/v1/join`,
    { body: { inviteCode: target.inviteCode, ...(name ? { displayName: name } : {}) } },
    JoinResponseSchema,
  );
  const state: SyncState = {
    server: target.server,
    token: out.token,
    memberId: out.memberId,
    teamName: out.team.name,
    ...(name ? { displayName: name } : {}),
    cursor: '0',
    failures: 0,
    rejected: [],
    minPeople: out.team.settings.minPeople,
    // A first join shares what was logged so far, once the member has chosen what (consent.ts).
    ...(options.rejoin ? {} : { choosing: true as const }),
  };
  await storeMembership(db, state, now, options.rejoin);
  return state;
}

/**
 * Keeps a new membership on this device (joining, or starting a team as its admin), in one transaction.
 * A rejoin keeps the changes still waiting; a first join queues everything logged so far. Deletions held
 * from an earlier membership go: the new one pulls its feed from the start.
 */
export async function storeMembership(db: ToilDb, state: SyncState, now: number, rejoin = false) {
  await writeTransaction(db, async () => {
    if (!rejoin) await queueEverything(db, now);
    await db.kv.delete(HELD_DELETES_KEY);
    await writeSyncState(db, state);
  });
}

/**
 * Pairs this browser with the member of another browser, through the pairing code that browser made: the
 * server answers a sign-in token of this browser's own, named after it. Both then push to and pull from
 * the same feed, so each sees the union of their entries. This browser's own history goes up once the
 * member has chosen what to share; after a revoked token (`rejoin`), the changes still waiting stay.
 */
export async function pairDevice(
  db: ToilDb,
  target: PairTarget,
  options: { fetcher?: Fetch; now?: number; rejoin?: boolean; userAgent?: string } = {},
): Promise<SyncState> {
  const { fetcher = defaultFetch, now = Date.now() } = options;
  const deviceName = deviceNameOf(options.userAgent ?? globalThis.navigator?.userAgent ?? '');
  const out = await callServer(
    fetcher,
    `${target.server}/v1/pair`,
    { body: { code: target.pairingCode, deviceName } },
    JoinResponseSchema,
  );
  const state: SyncState = {
    server: target.server,
    token: out.token,
    memberId: out.memberId,
    teamName: out.team.name,
    cursor: '0',
    failures: 0,
    rejected: [],
    minPeople: out.team.settings.minPeople,
    ...(options.rejoin ? {} : { choosing: true as const }),
  };
  await storeMembership(db, state, now, options.rejoin);
  return state;
}

/**
 * Leaves the team ("leave") or leaves and erases everything the server holds about this member
 * ("erase"). Local entries are never touched. A token the server already refuses counts as done.
 */
export async function leaveTeam(db: ToilDb, how: 'leave' | 'erase', fetcher: Fetch = defaultFetch) {
  const state = await readSyncState(db);
  if (!state) return;
  try {
    await callServer(
      fetcher,
      `${state.server}/v1/me${how === 'erase' ? '/data' : ''}`,
      { method: 'DELETE', token: state.token },
      OkSchema,
    );
  } catch (error) {
    if (!(error instanceof RejectedError && error.status === 401) || how === 'erase') throw error;
  }
  await forgetTeam(db);
}

/**
 * Forgets the team (its cached figures, and deletions held for the member's choice) on this device,
 * keeping every entry.
 */
export function forgetTeam(db: ToilDb) {
  return db.transaction('rw', db.kv, async () => {
    await writeSyncState(db, undefined);
    await db.kv.bulkDelete([TEAM_VIEW_KEY, HELD_DELETES_KEY]);
  });
}
