import { DB_NAME, NEWEST_STORE } from '../name';
import { openExisting } from './idb';

/**
 * The database for a page that reads and writes it through raw IndexedDB (the popup). Dexie owns the
 * schema: when the database is missing (first run) or older than the schema, Dexie is loaded once to
 * create or upgrade it. The connection closes itself when another page needs to upgrade.
 */
export async function openRaw(name = DB_NAME): Promise<IDBDatabase> {
  let db = await openExisting(name);
  if (!db?.objectStoreNames.contains(NEWEST_STORE)) {
    db?.close();
    const { ToilDb } = await import('../schema');
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
