import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { ToilDb } from '../db/schema';
import { type SyncDeps, syncNow } from './engine';
import { readSyncState } from './state';

export const SYNC_ALARM = 'toil-sync';
export const RETRY_ALARM = 'toil-sync-retry';
const PERIOD_MINUTES = 5;
/** A burst of clicks becomes one push shortly after the last of them. */
const AFTER_CHANGE_MS = 3_000;

type Alarms = Pick<typeof browser.alarms, 'create' | 'onAlarm'>;

/**
 * Background side of sync: runs a session shortly after a change (Dexie announces writes from every
 * context), on a periodic alarm, at browser start and when the network comes back; after a failure the
 * next try waits for the backoff (an alarm survives the service worker being stopped).
 */
export function startSyncScheduler(
  db: ToilDb,
  alarms: Alarms = browser.alarms,
  target: Pick<EventTarget, 'addEventListener'> = globalThis,
  deps: Omit<SyncDeps, 'db'> = {},
) {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async (force: boolean) => {
    const state = await readSyncState(db);
    if (!state || state.paused) return;
    const now = deps.now?.() ?? Date.now();
    if (!force && state.retryAt && state.retryAt > now) {
      await alarms.create(RETRY_ALARM, { when: state.retryAt });
      return;
    }
    const outcome = await syncNow({ db, ...deps });
    if (outcome.status === 'failed') await alarms.create(RETRY_ALARM, { when: outcome.retryAt });
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(false), AFTER_CHANGE_MS);
  };

  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM) void run(alarm.name === RETRY_ALARM);
  });
  target.addEventListener('online', () => void run(true));
  void alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES });
  liveQuery(() => db.outbox.count()).subscribe({
    next: (waiting) => (waiting > 0 ? soon() : undefined),
    error: () => undefined,
  });
  void run(true);
}
