import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { GoneReason } from '../../shared/api/errors';

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

const GONE_MESSAGES: Record<GoneReason, string> = {
  removed:
    'An admin removed you from this team. Your entries stay on your device; you can still erase what the server holds about you (DELETE /v1/me/data), or join another team.',
  left: 'You left this team. Your entries stay on your device; you can still erase what the server holds about you (DELETE /v1/me/data), or join another team.',
  team_deleted:
    'This team was deleted, with everything the server held of it. Your entries stay on your device; you can join another team.',
};

/** The 401 of a member who is gone: the `error` says why (removed, left, team_deleted), not just "wrong". */
export const goneMember = (reason: GoneReason) =>
  new HttpError(401, reason, GONE_MESSAGES[reason], { 'WWW-Authenticate': 'Bearer error="invalid_token"' });

export const lastAdmin = (message: string) => new HttpError(409, 'last_admin', message);
