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

/**
 * An input error's problems by field ("timeZone: time zone must be…" goes to `timeZone`), for messages
 * next to the fields; problems of fields not in `shown`, and any other error, go to `form`.
 */
export function fieldMessages(error: unknown, shown: readonly string[]): Record<string, string> {
  if (!(error instanceof Error && error.name === 'InputError' && 'problems' in error)) {
    return { form: userMessage(error) };
  }
  const out: Record<string, string> = {};
  for (const problem of error.problems as string[]) {
    const at = problem.indexOf(': ');
    const field = at > 0 ? problem.slice(0, at) : '';
    const text = at > 0 ? problem.slice(at + 2) : problem;
    const key = shown.includes(field) ? field : 'form';
    const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;
    out[key] = out[key] ? `${out[key]} ${sentence}` : sentence;
  }
  return out;
}
