import { createRoute } from '@hono/zod-openapi';
import { LeaderboardQuerySchema, LeaderboardSchema } from '../../shared/api/leaderboard';
import { teamLeaderboard } from '../db/leaderboard';
import { limitsOf } from '../db/limits';
import { asViewer } from '../http/access';
import { callerOf } from '../http/auth';
import { rankedInstant } from '../http/ranked-instant';
import { errorResponses, newRouter } from '../http/router';

const route = createRoute({
  method: 'get',
  path: '/leaderboard',
  operationId: 'getLeaderboard',
  tags: ['Leaderboard'],
  summary: 'The team’s chores ranked by team-wide pain for a week (members and view links)',
  ...asViewer,
  request: { query: LeaderboardQuerySchema },
  responses: {
    200: { description: 'The ranked week', content: { 'application/json': { schema: LeaderboardSchema } } },
    ...errorResponses(400, 401, 429, 503),
  },
});

export function leaderboardRoutes() {
  return newRouter().openapi(route, async (c) => {
    const { team } = callerOf(c);
    const at = rankedInstant(team, c.req.valid('query').week);
    return c.json(
      await teamLeaderboard(c.env.DB, team, at, Date.now(), limitsOf(c.env).leaderboardPage),
      200,
    );
  });
}
