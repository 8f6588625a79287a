import { PullWithPrivateResponseSchema, PushResponseSchema } from '../../shared/api/sync';
import type { ToilDb } from '../db/dexie/schema';
import { type Fetch, zodCheck } from './http';
import { type Lock, webLock } from './lock';
import { type AnswerChecks, type SessionOutcome, syncSession } from './session';

export type SyncDeps = {
  db: ToilDb;
  fetch?: Fetch;
  now?: () => number;
  lock?: Lock;
  random?: () => number;
  batchSize?: number;
  pageSize?: number;
};

export type SyncOutcome = SessionOutcome;

/** The pages read the server's answers with the shared zod schemas (the background: guards.ts). */
export const zodChecks: AnswerChecks = {
  push: zodCheck(PushResponseSchema),
  pull: zodCheck(PullWithPrivateResponseSchema),
};

const defaultLock = webLock();

/**
 * The pages' sync session (session.ts) on this Dexie database's own connection: push the whole outbox,
 * then pull what the member's other devices changed. Never throws: the outcome is stored for the UI.
 */
export async function syncNow(deps: SyncDeps): Promise<SyncOutcome> {
  const { db, now = Date.now, lock = defaultLock } = deps;
  await db.open();
  return syncSession({
    idb: db.backendDB(),
    fetch: deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    checks: zodChecks,
    lock,
    now,
    ...(deps.random ? { random: deps.random } : {}),
    ...(deps.batchSize ? { batchSize: deps.batchSize } : {}),
    ...(deps.pageSize ? { pageSize: deps.pageSize } : {}),
  });
}
