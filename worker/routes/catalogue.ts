import { createRoute } from '@hono/zod-openapi';
import { CatalogueSchema } from '../../shared/api/leaderboard';
import { catalogue } from '../db/catalogue';
import { limitsOf } from '../db/limits';
import { callerOf, requireMember } from '../http/auth';
import { bearerSecurity, errorResponses, newRouter } from '../http/router';

const route = createRoute({
  method: 'get',
  path: '/catalogue',
  summary: 'The team’s chore names and keys, so members log the same chore under one key',
  security: bearerSecurity,
  middleware: [requireMember] as const,
  responses: {
    200: { description: 'Chores by key', content: { 'application/json': { schema: CatalogueSchema } } },
    ...errorResponses(401, 429),
  },
});

export function catalogueRoutes() {
  return newRouter().openapi(route, async (c) =>
    c.json(await catalogue(c.env.DB, callerOf(c).team, Date.now(), limitsOf(c.env).cataloguePage), 200),
  );
}
