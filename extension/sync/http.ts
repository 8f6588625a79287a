import type { z } from 'zod';
import { OFFLINE_MESSAGE, serverStatusMessage } from '../lib/user-message';

/**
 * A failure worth retrying later: no answer (offline), a 5xx, a 429, or a 4xx that is not the server's
 * own answer (a proxy's page). `status` is the HTTP status when there was one; `retryAfterMs` comes
 * from Retry-After.
 */
export class RetryableError extends Error {
  override name = 'RetryableError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * The server refused the request itself: a 4xx with its own JSON error (`{ error, message }`), so
 * retrying the same request would fail the same way. `code` is the server's `error` (e.g. 'removed').
 */
export class RejectedError extends Error {
  override name = 'RejectedError';
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

function retryAfter(res: Response): number | undefined {
  const header = res.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

type ServerError = { error: string; message: string };

/** The server's own error shape (ErrorSchema in shared/api/errors.ts); a proxy's page is not one. */
function serverErrorOf(body: unknown): ServerError | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, message } = body as Record<string, unknown>;
  return typeof error === 'string' && typeof message === 'string' ? { error, message } : undefined;
}

type Init = { method?: string; token?: string; body?: unknown };

/**
 * Sends one request; success gives its JSON body. Only a 4xx carrying the server's own JSON error
 * becomes RejectedError; no answer, a 5xx, a 429, and any other 4xx (a proxy's HTML 403 or 404) become
 * RetryableError, so nothing is given up on an answer the server did not give.
 */
async function send(fetcher: Fetch, url: string, init: Init): Promise<unknown> {
  const headers: Record<string, string> = {};
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetcher(url, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    // The browser's own words ("Failed to fetch") mean nothing to a user.
    throw new RetryableError(OFFLINE_MESSAGE);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (res.ok) return body;
  const own = serverErrorOf(body);
  if (own && res.status >= 400 && res.status < 500 && res.status !== 429) {
    throw new RejectedError(res.status, own.message, own.error);
  }
  const said = (body as { message?: unknown } | undefined)?.message;
  const fromServer = own?.message ?? (res.status >= 500 && typeof said === 'string' ? said : undefined);
  const message = fromServer ?? serverStatusMessage(res.status);
  throw new RetryableError(message, retryAfter(res), res.status);
}

const UNKNOWN_ANSWER = 'The server sent an answer this version does not understand.';

/** Reads a server's answer: what it holds, or undefined when it is not an answer this version knows. */
export type Check<T> = (body: unknown) => T | undefined;

/** A Check from a shared zod schema (the pages; the background uses guards.ts, without zod). */
export function zodCheck<T extends z.ZodType>(schema: T): Check<z.output<T>> {
  return (body) => {
    const parsed = schema.safeParse(body);
    return parsed.success ? parsed.data : undefined;
  };
}

/** Calls the sync server and reads its answer with `check`: an answer it does not know is retryable. */
export async function callServerChecked<T>(
  fetcher: Fetch,
  url: string,
  init: Init,
  check: Check<T>,
): Promise<T> {
  const answer = check(await send(fetcher, url, init));
  if (answer === undefined) throw new RetryableError(UNKNOWN_ANSWER);
  return answer;
}

/** Calls the sync server and validates its answer with a shared schema. */
export function callServer<T extends z.ZodType>(
  fetcher: Fetch,
  url: string,
  init: Init,
  schema: T,
): Promise<z.output<T>> {
  return callServerChecked(fetcher, url, init, zodCheck(schema));
}
