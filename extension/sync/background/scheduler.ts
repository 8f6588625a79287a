import { browser } from 'wxt/browser';
import { PAGE_PORT } from '../../features/background-link';
import { syncInBackground } from './session';

export const SYNC_ALARM = 'toil-sync';
export const RETRY_ALARM = 'toil-sync-retry';
const PERIOD_MINUTES = 5;
/** After a page closes: what was logged there goes up while the user moves on. */
const AFTER_CHANGE_MS = 1_000;

type Runtime = Pick<typeof browser.runtime, 'onConnect'>;
type Alarms = Pick<typeof browser.alarms, 'create' | 'onAlarm'>;

/**
 * Background triggers for a sync session (push the outbox, then pull the member's other devices'
 * changes): shortly after a page (where changes are made) closes, on a periodic alarm, at browser start,
 * and when the network comes back; after a failure the next try is an alarm at the backoff time, which
 * survives the service worker being stopped.
 */
export function startSyncScheduler(
  alarms: Alarms = browser.alarms,
  runtime: Runtime = browser.runtime,
  target: Pick<EventTarget, 'addEventListener'> = globalThis,
  sync: () => ReturnType<typeof syncInBackground> = syncInBackground,
) {
  const run = async () => {
    const outcome = await sync().catch(() => ({ status: 'idle' as const }));
    if (outcome.status === 'failed') await alarms.create(RETRY_ALARM, { when: outcome.retryAt });
  };
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM) void run();
  });
  runtime.onConnect.addListener((port) => {
    if (port.name === PAGE_PORT) port.onDisconnect.addListener(() => void setTimeout(run, AFTER_CHANGE_MS));
  });
  target.addEventListener('online', () => void run());
  void alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES });
  void run();
}
