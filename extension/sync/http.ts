import type { z } from 'zod';

/** A failure worth retrying later: the network, a 5xx, a 429. `retryAfterMs` comes from Retry-After. */
export class RetryableError extends Error {
  override name = 'RetryableError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** The server refused the request itself (4xx): retrying the same request would fail the same way. */
export class RejectedError extends Error {
  override name = 'RejectedError';
  constructor(
    readonly status: number,
    message: string,
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

async function messageOf(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { message?: unknown } | null;
  return typeof body?.message === 'string' ? body.message : `The server answered ${res.status}.`;
}

type Init = { method?: string; token?: string; body?: unknown };

/** Sends one request; a failure becomes RetryableError or RejectedError, success its JSON body. */
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
  } catch (error) {
    throw new RetryableError(`The server could not be reached (${(error as Error).message}).`);
  }
  if (res.status === 429 || res.status >= 500) {
    throw new RetryableError(await messageOf(res), retryAfter(res));
  }
  if (!res.ok) throw new RejectedError(res.status, await messageOf(res));
  return res.json().catch(() => undefined);
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
