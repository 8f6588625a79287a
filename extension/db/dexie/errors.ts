import type { z } from 'zod';
import { describeIssues } from '../../../shared/model';
import { InputError, StorageFullError } from '../core/errors';

/** Parses input with a shared schema; bad input becomes an InputError with readable messages. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InputError(describeIssues(result.error));
  return result.data;
}

// A quota error may arrive as Dexie's QuotaExceededError, a DOMException, or wrapped inside an
// AbortError (`inner`) when the transaction is aborted because of it: the inner error is checked too.
function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return name === 'QuotaExceededError' || isQuotaError(inner, depth + 1);
}

/** Runs a storage write, turning a quota failure into StorageFullError. */
export async function guardStorage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}
