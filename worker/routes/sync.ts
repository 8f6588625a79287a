import { createRoute } from '@hono/zod-openapi';
import {
  PullQuerySchema,
  PullWithPrivateResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
} from '../../shared/api/sync';
import { limitsOf } from '../db/limits';
import { pull } from '../db/pull';
import { PushRefused, push } from '../db/push';
import { asMember } from '../http/access';
import { memberOf } from '../http/auth';
import { HttpError, unauthorized } from '../http/http-error';
import { errorResponses, json, newRouter } from '../http/router';

const pushRoute = createRoute({
  method: 'post',
  path: '/sync/push',
  operationId: 'pushChanges',
  tags: ['Sync'],
  summary: 'Push changes; idempotent, each change answered applied, duplicate or rejected',
  ...asMember,
  request: { body: { ...json(PushRequestSchema), required: true } },
  responses: {
    200: { description: 'One result per change, in order', ...json(PushResponseSchema) },
    ...errorResponses(400, 401, 413, 429, 503),
  },
});

const pullRoute = createRoute({
  method: 'get',
  path: '/sync/pull',
  operationId: 'pullChanges',
  tags: ['Sync'],
  summary: 'The caller’s own records changed after the cursor, in server order, a page at a time',
  ...asMember,
  request: { query: PullQuerySchema },
  responses: {
    200: {
      description: 'A page (private tombstones only with include=private)',
      ...json(PullWithPrivateResponseSchema),
    },
    ...errorResponses(400, 401, 429, 503),
  },
});

export function syncRoutes() {
  return newRouter()
    .openapi(pushRoute, async (c) => {
      const { teamId, memberId } = memberOf(c);
      const caller = { teamId, memberId, now: Date.now(), limits: limitsOf(c.env) };
      try {
        return c.json(await push(c.env.DB, caller, c.req.valid('json').changes), 200);
      } catch (error) {
        if (!(error instanceof PushRefused)) throw error;
        // Gone between the token check and the write (erased, removed, left): as a revoked token.
        if (error.reason === 'member_gone') throw unauthorized();
        throw new HttpError(
          503,
          'contended',
          'Other pushes of yours kept landing first; nothing was saved. Retry.',
          {
            'Retry-After': '1',
          },
        );
      }
    })
    .openapi(pullRoute, async (c) => {
      const { cursor, limit, include } = c.req.valid('query');
      const withPrivate = include === 'private';
      return c.json(await pull(c.env.DB, memberOf(c).memberId, cursor, limit ?? 200, withPrivate), 200);
    });
}
