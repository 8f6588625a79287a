import { useEffect, useRef } from 'preact/hooks';
import type { Ranking } from '../../../shared/ranking';

/**
 * Stores this week's pick when it differs from the one stored (the snapshot held it against that one,
 * shared/pick.ts holdPick), once per new pick, so the next opening holds it in turn. `remember` writes
 * it: raw IndexedDB in the popup, Dexie on the full page.
 */
export function useRememberPick(
  thisWeek: Ranking,
  storedPick: string | null,
  remember: ((choreId: string) => unknown) | undefined,
): void {
  const pick = thisWeek.recommendation?.choreId;
  const written = useRef<string | null>(null);
  useEffect(() => {
    if (!pick || pick === storedPick || pick === written.current || !remember) return;
    written.current = pick;
    // Not stored, the pick is only held less well at the next opening: nothing to tell the user.
    Promise.resolve(remember(pick)).catch((error: unknown) =>
      console.error('Toil Tracker: storing the pick failed', error),
    );
  });
}
