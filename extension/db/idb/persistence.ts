/**
 * Asks the browser to keep our IndexedDB from eviction under storage pressure (the `unlimitedStorage`
 * permission covers Chromium; Firefox may ask the user). Returns whether storage is persistent.
 */
export async function requestPersistence(nav: Pick<Navigator, 'storage'> | undefined = globalThis.navigator) {
  const storage = nav?.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
