// Kept apart from errors.ts (which needs zod) so the background can use it without loading zod.

/** The browser refused to store more: shown to the user; the transaction was rolled back whole. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(override readonly cause?: unknown) {
    super(
      'Your browser has run out of storage for Toil Tracker, so this change was not saved. Free some disk space and try again.',
    );
  }
}
