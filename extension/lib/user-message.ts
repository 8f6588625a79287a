import { formatDateTime } from './format';

/**
 * The message shown to the user for a failed action. Input and storage errors from db/ already speak to
 * the user; anything else is unexpected, so it says so and keeps the detail for a bug report.
 */
export function userMessage(error: unknown): string {
  if (error instanceof Error && SPEAKING_ERRORS.includes(error.name)) return error.message;
  if (isNetworkFailure(error)) return OFFLINE_MESSAGE;
  const detail = error instanceof Error ? error.message : String(error);
  return `That did not work, and nothing was changed. (${detail})`;
}

/** Errors whose message is written for the user: input and storage (db/), the team server's answers (sync/). */
const SPEAKING_ERRORS = ['InputError', 'StorageFullError', 'RetryableError', 'RejectedError'];

/**
 * Said whenever the team server cannot be reached, instead of the browser's own words ("Failed to
 * fetch", "NetworkError when attempting to fetch resource", "Load failed").
 */
export const OFFLINE_MESSAGE = 'Can’t reach the team server (offline?).';

/** A failed answer that is not the team server's own (a proxy's page, a gateway error). */
export function serverStatusMessage(status: number): string {
  return status >= 500
    ? `The team server had a problem (${status}).`
    : `The team server could not be reached properly: something on the way answered ${status}.`;
}

/**
 * A request that never got an answer: fetch rejects with a TypeError worded by the browser ("Failed to
 * fetch", "NetworkError when attempting to fetch resource.", "Load failed"; Node: "fetch failed").
 */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError && /fetch|network|load failed/i.test(error.message);
}

/** "Will retry at 14:32." (today) or "Will retry on Tue 25 Nov, 09:15." in the user's time zone. */
export function retryMessage(retryAt: number, timeZone: string, now = Date.now()): string {
  const day = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
  if (day(retryAt) !== day(now)) return `Will retry on ${formatDateTime(retryAt, timeZone)}.`;
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' });
  return `Will retry at ${time.format(retryAt)}.`;
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
