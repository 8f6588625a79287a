import { retryMessage } from '../../lib/user-message';
import type { SyncStatus } from '../../sync/status';

/** "Can’t reach the team server (offline?). Will retry at 14:32.": the last failure and the next try. */
export function failureNote(status: SyncStatus, timeZone: string, now = Date.now()): string | undefined {
  if (!status.lastError) return undefined;
  const next = status.retryAt ? ` ${retryMessage(status.retryAt, timeZone, now)}` : '';
  return `${status.lastError}${next}`;
}

/** "1 change is stuck: …": changes the server keeps failing on, which are kept and tried again. */
export function stuckNote(status: SyncStatus, timeZone: string, now = Date.now()): string | undefined {
  const stuck = status.stuck ?? [];
  if (stuck.length === 0) return undefined;
  const first = Math.min(...stuck.map((s) => s.retryAt));
  const what =
    stuck.length === 1
      ? '1 change is stuck: the team server fails on it. It is kept here and tried again.'
      : `${stuck.length} changes are stuck: the team server fails on them. They are kept here and tried again.`;
  return `${what} ${retryMessage(first, timeZone, now)}`;
}
