import { SYNC_KEY } from '../../../extension/db/core/rows';
import { ToilDb } from '../../../extension/db/dexie/schema';
import { saveSettings } from '../../../extension/db/dexie/settings';
import type { Fetch } from '../../../extension/sync/http';
import { webLock } from '../../../extension/sync/lock';
import type { SyncState } from '../../../extension/sync/state';

export const FAULTS = [
  'none',
  'offline',
  'fail-before-send',
  'drop-after-commit',
  'duplicate',
  'crash-after-commit',
] as const;
export type Fault = (typeof FAULTS)[number];

/** Thrown nowhere: a crash is a sync that never comes back; the device restarts on a fresh instance. */
export type Crash = { crashed: Promise<void>; crash: () => void };

export function crashSignal(): Crash {
  let crash: () => void = () => undefined;
  const crashed = new Promise<void>((resolve) => {
    crash = resolve;
  });
  return { crashed, crash };
}

/**
 * The network between a device and the real Worker, with one fault on the first push: it never leaves
 * (offline, or fails before sending), it is committed and the answer is lost, it is sent twice, or the
 * device crashes once the server committed it (the answer is never read).
 */
export function faultyFetch(fault: Fault, onCrash: () => void): Fetch {
  let used = false;
  return async (url, init) => {
    if (fault === 'offline') throw new TypeError('offline');
    if (!url.includes('/sync/push') || used || fault === 'none') return fetch(url, init);
    used = true;
    if (fault === 'fail-before-send') throw new TypeError('network down before sending');
    const first = fetch(url, init);
    if (fault === 'duplicate') {
      const second = fetch(url, init);
      await (await first).arrayBuffer();
      return second;
    }
    await (await first).arrayBuffer();
    if (fault === 'drop-after-commit') throw new TypeError('connection reset after the server committed');
    onCrash();
    return new Promise<Response>(() => undefined);
  };
}

/** One browser profile: its database and its engine's lock; a crash discards both and starts again. */
export class Device {
  db: ToilDb;
  private incarnation = 0;
  constructor(
    readonly name: string,
    readonly member: 'a' | 'b',
  ) {
    this.db = new ToilDb(name);
  }

  async open(state: SyncState) {
    await saveSettings(this.db, { timeZone: 'UTC', weekStartsOn: 1 });
    await this.db.kv.put({ key: SYNC_KEY, value: state });
  }

  /** A new engine instance over the same stored data, as after the browser was killed and restarted. */
  restart() {
    this.db.close();
    this.db = new ToilDb(this.name);
    this.incarnation += 1;
  }

  lock() {
    return webLock(`${this.name}-${this.incarnation}`);
  }
}
