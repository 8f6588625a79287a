import { useEffect, useState } from 'preact/hooks';
import { buildSnapshot, type PopupSnapshot } from '../../db/core/snapshot';
import { onChange } from '../../db/idb/changes';
import { readSnapshotRows } from '../../db/idb/snapshot';
import { cacheRows } from './popup-cache';

export type Shown = {
  snapshot: PopupSnapshot | undefined;
  /** Still the cached rows of the last opening, not yet replaced by a fresh read. */
  fromCache: boolean;
};

/**
 * The popup's snapshot through raw IndexedDB, read again whenever any page changes the data; every read
 * is cached for the next opening. `initial` is what the first render showed (fresh, or the cache when
 * `fresh` is given: then `fresh` replaces it as soon as it is read).
 */
export function useSnapshot(
  idb: Promise<IDBDatabase>,
  host: string | undefined | Promise<string | undefined>,
  initial?: PopupSnapshot,
  fresh?: Promise<PopupSnapshot>,
): Shown {
  const [shown, setShown] = useState<Shown>({ snapshot: initial, fromCache: Boolean(fresh) });
  useEffect(() => {
    let latest = 0;
    const fail = (error: unknown) => console.error('Toil Tracker: reading the popup data failed', error);
    const show = (ticket: number) => (snapshot: PopupSnapshot) => {
      if (ticket === latest) setShown({ snapshot, fromCache: false });
    };
    const read = () => {
      const ticket = ++latest;
      Promise.all([idb.then((db) => readSnapshotRows(db, Date.now())), host])
        .then(([rows, site]) => {
          cacheRows(rows);
          return buildSnapshot(rows, Date.now(), site);
        })
        .then(show(ticket), fail);
    };
    if (fresh) fresh.then(show(++latest), fail);
    else if (!initial) read();
    return onChange(read);
  }, [idb, host]);
  return shown;
}
