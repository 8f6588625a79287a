import { OpenAPIHono } from '@hono/zod-openapi';
import { ErrorSchema } from '../../shared/api/errors';
import { OkSchema } from '../../shared/api/teams';
import { describeIssues } from '../../shared/model';
import type { AppEnv } from './app-env';
import { HttpError } from './http-error';

/** A router whose validation failures become 400 with readable messages, one per problem. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new HttpError(400, 'invalid_request', describeIssues(result.error).join('; '));
      }
    },
  });
}

/** A JSON body or response of this schema, for createRoute(). */
export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

/** The `{ ok: true }` answer of routes that only act. */
export const okResponse = { 200: { description: 'Done', ...json(OkSchema) } };

/** Shared response docs; the handlers throw HttpError for these. */
export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 409 | 410 | 413 | 429 | 503)[]) {
  const text: Record<number, string> = {
    400: 'Invalid request',
    401: "Missing, wrong or revoked token (error 'unauthorized'), or the token of a member who is gone: error 'removed', 'left' or 'team_deleted'",
    403: 'Not allowed for this role',
    404: 'Not found in this team',
    409: "Refused: it would leave the team without an admin holding a working token ('last_admin'), be over a limit ('team_full', 'limit_reached'), or revoke the caller's own token ('own_token')",
    410: "The invite or pairing code was already used ('invite_used', 'pairing_code_used')",
    413: 'Body too large',
    429: "Rate limited ('rate_limited', Retry-After): too many requests with this token, or too many tokens nobody holds from this address",
    503: 'Storage unavailable; retry (Retry-After)',
  };
  return Object.fromEntries(
    statuses.map((s) => [s, { description: text[s] ?? 'Error', content: errorContent }]),
  );
}

const errorContent = { 'application/json': { schema: ErrorSchema } };
