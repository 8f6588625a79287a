import { createRoute } from '@hono/zod-openapi';
import { CatalogueSchema } from '../../shared/api/leaderboard';
import { catalogue } from '../db/catalogue';
import { limitsOf } from '../db/limits';
import { asMember } from '../http/access';
import { callerOf } from '../http/auth';
import { errorResponses, newRouter } from '../http/router';

const route = createRoute({
  method: 'get',
  path: '/catalogue',
  operationId: 'getCatalogue',
  tags: ['Leaderboard'],
  summary: 'The team’s chore names and keys, so members log the same chore under one key',
  ...asMember,
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
