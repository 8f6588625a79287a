import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { onChange } from '../db/raw/changes';

/**
 * The latest result of a Dexie query, re-run whenever the tables it read change (any tab, any view),
 * and whenever a raw IndexedDB write (the popup's, the background's) is announced.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscribe = () =>
      liveQuery(query).subscribe({
        next: (result) => setValue(() => result),
        error: (error: unknown) => console.error('Toil Tracker: a query failed', error),
      });
    let subscription = subscribe();
    const stop = onChange(() => {
      subscription.unsubscribe();
      subscription = subscribe();
    });
    return () => {
      stop();
      subscription.unsubscribe();
    };
  }, deps);
  return value;
}
