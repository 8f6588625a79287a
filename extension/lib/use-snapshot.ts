import { useEffect, useState } from 'preact/hooks';
import { onChange } from '../db/raw/changes';
import { readSnapshot } from '../db/raw/snapshot';
import type { PopupSnapshot } from '../db/snapshot-build';

/** The popup's snapshot, read through raw IndexedDB and read again whenever any page changes the data. */
export function useSnapshot(idb: IDBDatabase, host: string | undefined): PopupSnapshot | undefined {
  const [snapshot, setSnapshot] = useState<PopupSnapshot>();
  useEffect(() => {
    let latest = 0;
    const read = () => {
      const ticket = ++latest;
      readSnapshot(idb, Date.now(), host).then(
        (next) => ticket === latest && setSnapshot(next),
        (error: unknown) => console.error('Toil Tracker: reading the popup data failed', error),
      );
    };
    read();
    return onChange(read);
  }, [idb, host]);
  return snapshot;
}
