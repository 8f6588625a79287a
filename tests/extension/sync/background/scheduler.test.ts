import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGE_PORT } from '../../../../extension/features/background-link';
import { RETRY_ALARM, SYNC_ALARM, startSyncScheduler } from '../../../../extension/sync/background/scheduler';

type Listener<T> = (value: T) => void;

/** The few browser events the scheduler listens to, fired by the test. */
function world(outcomes: ({ status: 'idle' } | { status: 'failed'; error: string; retryAt: number })[]) {
  const created: [string, object][] = [];
  const alarmListeners: Listener<{ name: string }>[] = [];
  const connectListeners: Listener<{ name: string; onDisconnect: { addListener(l: () => void): void } }>[] =
    [];
  const target = new EventTarget();
  let runs = 0;
  const sync = async () => {
    runs += 1;
    return outcomes.shift() ?? { status: 'idle' as const };
  };
  startSyncScheduler(
    {
      create: async (name: string, info: object) => void created.push([name, info]),
      onAlarm: { addListener: (l: Listener<{ name: string }>) => alarmListeners.push(l) },
    } as never,
    {
      onConnect: { addListener: (l: (typeof connectListeners)[number]) => connectListeners.push(l) },
    } as never,
    target,
    sync,
  );
  return {
    created,
    runs: () => runs,
    alarm: (name: string) => {
      for (const l of alarmListeners) l({ name });
    },
    pageClosed: () => {
      const disconnect: (() => void)[] = [];
      const port = {
        name: PAGE_PORT,
        onDisconnect: { addListener: (d: () => void) => void disconnect.push(d) },
      };
      for (const l of connectListeners) l(port);
      for (const d of disconnect) d();
    },
    online: () => target.dispatchEvent(new Event('online')),
  };
}

afterEach(() => vi.useRealTimers());

describe('background sync triggers', () => {
  it('syncs at start and sets up the periodic alarm', async () => {
    const w = world([]);
    await vi.waitFor(() => expect(w.runs()).toBe(1));
    expect(w.created).toContainEqual([SYNC_ALARM, { periodInMinutes: 5 }]);
  });

  it('after a failure, tries again with an alarm at the backoff time', async () => {
    const w = world([{ status: 'failed', error: 'offline', retryAt: 123_456 }]);
    await vi.waitFor(() => expect(w.created).toContainEqual([RETRY_ALARM, { when: 123_456 }]));
    w.alarm(RETRY_ALARM);
    await vi.waitFor(() => expect(w.runs()).toBe(2));
  });

  it('syncs on the periodic alarm, when the network comes back and shortly after a page closes', async () => {
    vi.useFakeTimers();
    const w = world([]);
    await vi.waitFor(() => expect(w.runs()).toBe(1));
    w.alarm(SYNC_ALARM);
    await vi.waitFor(() => expect(w.runs()).toBe(2));
    w.online();
    await vi.waitFor(() => expect(w.runs()).toBe(3));
    w.pageClosed();
    expect(w.runs()).toBe(3);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(w.runs()).toBe(4));
    w.alarm('weekly-summary');
    expect(w.runs()).toBe(4);
  });
});
