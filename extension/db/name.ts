/** The extension's IndexedDB database, shared by Dexie (schema.ts) and the background's raw reads. */
export const DB_NAME = 'toil-tracker';
