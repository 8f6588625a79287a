import { useEffect, useState } from 'preact/hooks';
import type { ToilDb } from '../db/dexie/schema';
import { readJoined } from '../db/idb/read';
import type { TeamViewPanel } from './TeamViewPanel';

type Props = { idb: IDBDatabase | Promise<IDBDatabase>; timeZone: string };
type Loaded = { Panel: typeof TeamViewPanel; db: ToilDb };

/**
 * The popup's Team view. Sync runs on Dexie, so its code (and Dexie) is loaded only on a device that
 * joined a team, and only after the popup has shown the user's own chores (its open-time budget).
 */
export function TeamView({ idb, timeZone }: Props) {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let live = true;
    void Promise.resolve(idb)
      .then(readJoined)
      .then(async (joined) => {
        if (!joined) return;
        const [{ TeamViewPanel }, { db }] = await Promise.all([
          import('./TeamViewPanel'),
          import('../db/dexie'),
        ]);
        if (live) setLoaded({ Panel: TeamViewPanel, db });
      });
    return () => {
      live = false;
    };
  }, [idb]);
  return loaded ? <loaded.Panel db={loaded.db} timeZone={timeZone} /> : null;
}
