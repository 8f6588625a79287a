import { useEffect, useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie/schema';
import { readJoined } from '../../db/idb/read';
import type { TeamViewPanel } from '../team/TeamViewPanel';

type Props = { idb: IDBDatabase | Promise<IDBDatabase>; timeZone: string };
type Loaded = { Panel: typeof TeamViewPanel; db: ToilDb };

/**
 * The popup's Team view (team/TeamViewPanel.tsx). It reads through Dexie and checks the server's answers
 * with zod, so its code (with Dexie and zod) is loaded only on a device that joined a team, and only
 * after the popup has shown the user's own chores (its open-time budget).
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
          import('../team/TeamViewPanel'),
          import('../../db/dexie'),
        ]);
        if (live) setLoaded({ Panel: TeamViewPanel, db });
      });
    return () => {
      live = false;
    };
  }, [idb]);
  return loaded ? <loaded.Panel db={loaded.db} timeZone={timeZone} /> : null;
}
