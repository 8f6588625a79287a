import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error answered as `{ error, message }` with its status; thrown from handlers and middleware. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const unauthorized = () =>
  new HttpError(401, 'unauthorized', 'A valid bearer token is required (missing, wrong or revoked).', {
    'WWW-Authenticate': 'Bearer',
  });

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found.`);

export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);

export const tooManyRequests = () =>
  new HttpError(429, 'rate_limited', 'Too many requests; try again in a minute.', { 'Retry-After': '60' });
