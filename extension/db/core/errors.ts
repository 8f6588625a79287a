// The errors every write may throw, free of zod (dexie/errors.ts adds the zod-based input parsing).

/** Bad input from a form, a shortcut or a file: the message is for the user; nothing was stored. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

/** A write that hit the storage quota: the transaction was rolled back whole. */
export function quotaAware(error: unknown): unknown {
  return (error as { name?: string } | null)?.name === 'QuotaExceededError'
    ? new StorageFullError(error)
    : error;
}

/** The browser refused to store more: shown to the user; the transaction was rolled back whole. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(override readonly cause?: unknown) {
    super(
      'Your browser has run out of storage for Toil Tracker, so this change was not saved. Free some disk space and try again.',
    );
  }
}
