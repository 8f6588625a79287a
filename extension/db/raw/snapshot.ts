import { buildSnapshot, type PopupSnapshot } from '../snapshot-build';
import { readSnapshotRows } from './snapshot-rows';

/** The popup's snapshot (see snapshot-build.ts) through raw IndexedDB. */
export async function readSnapshot(
  db: IDBDatabase,
  now = Date.now(),
  activeHost?: string,
): Promise<PopupSnapshot> {
  return buildSnapshot(await readSnapshotRows(db, now), now, activeHost);
}
