import type { PushResponse } from '../../shared/api/sync';
import type { PushItem } from './outbox';
import type { Settlement } from './settle';
import type { Rejection } from './state';

const tableOf = (item: PushItem | undefined): Rejection['table'] =>
  item?.key.startsWith('chores:') ? 'chores' : 'occurrences';

/** The chore a change is about: itself, or an occurrence's chore. */
function choreOf(item: PushItem): string | undefined {
  const { change } = item;
  if (change.type === 'chore') return change.chore.id;
  if (change.type === 'private') return change.choreId;
  return change.occurrence.choreId;
}

/**
 * What a push answer settles: every row sent (the server answered for each change, by its place in the
 * batch); the changes it rejected, newest first (the last change sent first, as the list of rejections
 * reads); chores it now keeps private: made private by this push, or refused with code 'private' (the
 * chore is private on another of the member's devices), which this device then makes private too.
 */
export function verdictsOf(items: PushItem[], answer: PushResponse, at: number): Settlement {
  const refused: Rejection[] = [];
  const sealed = new Set<string>();
  const makePrivate = new Set<string>();
  for (const r of answer.results) {
    const item = items[r.index];
    if (r.status === 'applied' && item?.change.type === 'private') sealed.add(item.change.choreId);
    if (r.status !== 'rejected') continue;
    const chore = item && choreOf(item);
    if (r.code === 'private' && chore) {
      sealed.add(chore);
      makePrivate.add(chore);
    } else refused.push({ table: tableOf(item), id: r.id ?? '?', reason: r.reason ?? 'rejected', at });
  }
  return {
    seqs: items.flatMap((i) => i.seqs),
    refused: refused.reverse(),
    sealed: [...sealed],
    makePrivate: [...makePrivate],
  };
}

const PARKED_BASE_MS = 10 * 60_000;
const PARKED_MAX_MS = 24 * 3_600_000;

/** When a change set aside is tried again: 10 minutes after the first time, doubling up to a day. */
export function parkedRetryAt(now: number, attempts: number): number {
  return now + Math.min(PARKED_MAX_MS, PARKED_BASE_MS * 2 ** Math.max(0, attempts - 1));
}
