/**
 * The message shown to the user for a failed action. Input and storage errors from db/ already speak to
 * the user; anything else is unexpected, so it says so and keeps the detail for a bug report.
 */
export function userMessage(error: unknown): string {
  if (error instanceof Error && (error.name === 'InputError' || error.name === 'StorageFullError')) {
    return error.message;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `That did not work, and nothing was changed. (${detail})`;
}
