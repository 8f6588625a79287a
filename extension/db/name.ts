/** The extension's IndexedDB database, shared by Dexie (schema.ts) and the background's raw reads. */
export const DB_NAME = 'toil-tracker';

/**
 * The store the newest schema version (schema.ts, version 3) added: a database without it was made by an
 * older version, which only Dexie (in a page) upgrades; raw readers wait for that or ask Dexie to.
 */
export const NEWEST_STORE = 'pending';
