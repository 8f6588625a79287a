import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The latest result of a Dexie query, re-run whenever the tables it read change (any tab, any view).
 * Raw IndexedDB writes (the popup's, the background's) reach it too: announceChange() posts on Dexie's
 * own channel (db/idb/changes.ts).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (result) => setValue(() => result),
      error: (error: unknown) => console.error('Toil Tracker: a query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
