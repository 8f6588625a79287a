import { useEffect, useState } from 'preact/hooks';
import type { ToilDb } from '../../db/dexie/schema';
import { readTeamLink, type TeamLink } from '../../db/idb/read';
import { useAfterPaint } from '../../lib/use-after-paint';
import type { TeamViewPanel } from '../team/TeamViewPanel';

type Loaded = { Panel: typeof TeamViewPanel; db: ToilDb };

/**
 * Whether this device joined a team, and whether its sync stopped (removed, team deleted): read at
 * opening, then kept current by the Team view once it has loaded (`onLink`).
 */
export function useTeamLink(idb: Promise<IDBDatabase>): [TeamLink, (link: TeamLink) => void] {
  const [link, setLink] = useState<TeamLink>('none');
  useEffect(() => {
    let live = true;
    void idb.then(readTeamLink).then((l) => live && setLink(l));
    return () => {
      live = false;
    };
  }, [idb]);
  return [link, setLink];
}

/**
 * The popup's Team view (team/TeamViewPanel.tsx). It reads through Dexie and checks the server's answers
 * with zod, so its code (with Dexie and zod) is loaded only on a device that joined a team, and only
 * after the popup has shown the user's own chores (its open-time budget). It stays rendered while the
 * Log view shows: it also lists the team's chore names the name field offers (team/TeamChoreNames.tsx).
 */
export function TeamView({ timeZone, onLink }: { timeZone: string; onLink(link: TeamLink): void }) {
  const loaded = useAfterPaint(async (): Promise<Loaded> => {
    const [{ TeamViewPanel }, { db }] = await Promise.all([
      import('../team/TeamViewPanel'),
      import('../../db/dexie'),
    ]);
    return { Panel: TeamViewPanel, db };
  });
  return loaded ? <loaded.Panel db={loaded.db} timeZone={timeZone} onLink={onLink} /> : null;
}
