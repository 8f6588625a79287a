import { createRoute } from '@hono/zod-openapi';
import {
  PullQuerySchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
} from '../../shared/api/sync';
import { pull } from '../db/pull';
import { push } from '../db/push';
import { weekStarter } from '../db/week-of';
import { memberOf, requireMember } from '../http/auth';
import { bearerSecurity, errorResponses, json, newRouter } from '../http/router';

const pushRoute = createRoute({
  method: 'post',
  path: '/sync/push',
  summary: 'Push changes; idempotent, each change answered applied, duplicate or rejected',
  security: bearerSecurity,
  middleware: [requireMember] as const,
  request: { body: { ...json(PushRequestSchema), required: true } },
  responses: {
    200: { description: 'One result per change, in order', ...json(PushResponseSchema) },
    ...errorResponses(400, 401, 413, 429, 503),
  },
});

const pullRoute = createRoute({
  method: 'get',
  path: '/sync/pull',
  summary: 'The caller’s own records changed after the cursor, in server order, a page at a time',
  security: bearerSecurity,
  middleware: [requireMember] as const,
  request: { query: PullQuerySchema },
  responses: {
    200: { description: 'A page', ...json(PullResponseSchema) },
    ...errorResponses(400, 401, 429, 503),
  },
});

export function syncRoutes() {
  return newRouter()
    .openapi(pushRoute, async (c) => {
      const { teamId, memberId, team } = memberOf(c);
      const weekStart = weekStarter(team.time_zone, team.week_starts_on);
      const result = await push(
        c.env.DB,
        { teamId, memberId, now: Date.now(), weekStart },
        c.req.valid('json').changes,
      );
      return c.json(result, 200);
    })
    .openapi(pullRoute, async (c) => {
      const { cursor, limit } = c.req.valid('query');
      return c.json(await pull(c.env.DB, memberOf(c).memberId, cursor, limit ?? 200), 200);
    });
}
