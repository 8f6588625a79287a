/**
 * Opening the extension's database through raw IndexedDB: the popup, the background and the sync session
 * read and write it without Dexie (the popup's and the background's size budgets: Dexie alone is 33 KB
 * gzipped). Same database and stores as the Dexie schema (db/dexie/schema.ts), which alone creates and
 * upgrades it: openExisting never does.
 */
import { DB_NAME, NEWEST_STORE } from '../core/rows';

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

/**
 * The database for a page that reads and writes it through raw IndexedDB (the popup). Dexie owns the
 * schema: when the database is missing (first run) or older than the schema, Dexie is loaded once to
 * create or upgrade it. The connection closes itself when another page needs to upgrade.
 */
export async function openRaw(name = DB_NAME): Promise<IDBDatabase> {
  let db = await openExisting(name);
  if (!db?.objectStoreNames.contains(NEWEST_STORE)) {
    db?.close();
    const { ToilDb } = await import('../dexie/schema');
    const dexie = new ToilDb(name);
    await dexie.open();
    dexie.close();
    db = await openExisting(name);
  }
  if (!db) throw new Error('The database could not be opened.');
  const open = db;
  open.onversionchange = () => open.close();
  return open;
}
