/**
 * A few raw IndexedDB reads and one write for the background service worker, which must stay small
 * (budget 30 KB gzipped; Dexie alone is 33 KB). Same database, same stores as schema.ts; the pages and
 * every other write use Dexie. Opening never creates or upgrades the database: that is Dexie's job.
 */

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
    tx.onerror = () => undefined;
  });
}

/** The database as the extension's pages left it, or null if none exists yet (nothing logged). */
export function openExisting(name: string, factory: IDBFactory = indexedDB): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name);
    let created = false;
    req.onupgradeneeded = () => {
      // No database yet: abort, so the empty one is not kept and Dexie creates it properly later.
      created = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(null);
      } else reject(req.error);
    };
    req.onblocked = () => resolve(null);
  });
}

/**
 * Runs `work` on the open database and closes it; `fallback` without a database, or when it lacks the
 * store `work` needs (an older version that only a page, with Dexie, can upgrade).
 */
export async function withDatabase<T>(
  name: string,
  work: (db: IDBDatabase) => Promise<T>,
  fallback: T,
  needs = 'choreStats',
): Promise<T> {
  const db = await openExisting(name);
  if (!db) return fallback;
  try {
    return db.objectStoreNames.contains(needs) ? await work(db) : fallback;
  } finally {
    db.close();
  }
}
