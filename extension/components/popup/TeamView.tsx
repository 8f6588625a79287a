import { useEffect, useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie/schema';
import { readJoined } from '../../db/idb/read';
import { firstPaint } from '../../lib/first-paint';
import type { TeamViewPanel } from '../team/TeamViewPanel';

type Loaded = { Panel: typeof TeamViewPanel; db: ToilDb };

/** Whether this device joined a team: only then has the popup a Team view. */
export function useJoined(idb: Promise<IDBDatabase>): boolean {
  const [joined, setJoined] = useState(false);
  useEffect(() => {
    let live = true;
    void idb.then(readJoined).then((j) => live && setJoined(j));
    return () => {
      live = false;
    };
  }, [idb]);
  return joined;
}

/**
 * The popup's Team view (team/TeamViewPanel.tsx). It reads through Dexie and checks the server's answers
 * with zod, so its code (with Dexie and zod) is loaded only on a device that joined a team, and only
 * after the popup has shown the user's own chores (its open-time budget). It stays rendered while the
 * Log view shows: it also lists the team's chore names the name field offers (team/TeamChoreNames.tsx).
 */
export function TeamView({ timeZone }: { timeZone: string }) {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let live = true;
    void firstPaint()
      .then(() => Promise.all([import('../team/TeamViewPanel'), import('../../db/dexie')]))
      .then(([{ TeamViewPanel }, { db }]) => live && setLoaded({ Panel: TeamViewPanel, db }));
    return () => {
      live = false;
    };
  }, []);
  return loaded ? <loaded.Panel db={loaded.db} timeZone={timeZone} /> : null;
}
