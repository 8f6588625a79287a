import { useEffect, useState } from 'preact/hooks';
import { onChange } from '../db/raw/changes';
import { readSnapshot } from '../db/raw/snapshot';
import type { PopupSnapshot } from '../db/snapshot-build';

/**
 * The popup's snapshot through raw IndexedDB, read again whenever any page changes the data. `initial`
 * is the one read before the first render (the popup reads while it asks for the active tab).
 */
export function useSnapshot(
  idb: IDBDatabase,
  host: string | undefined,
  initial?: PopupSnapshot,
): PopupSnapshot | undefined {
  const [snapshot, setSnapshot] = useState(initial);
  useEffect(() => {
    let latest = 0;
    const read = () => {
      const ticket = ++latest;
      readSnapshot(idb, Date.now(), host).then(
        (next) => ticket === latest && setSnapshot(next),
        (error: unknown) => console.error('Toil Tracker: reading the popup data failed', error),
      );
    };
    if (!initial) read();
    return onChange(read);
  }, [idb, host]);
  return snapshot;
}
