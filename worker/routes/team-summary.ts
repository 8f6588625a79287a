import { createRoute } from '@hono/zod-openapi';
import { LeaderboardQuerySchema } from '../../shared/api/leaderboard';
import { TeamSummarySchema } from '../../shared/api/team-summary';
import { limitsOf } from '../db/limits';
import { teamDashboard } from '../db/team-dashboard';
import { asMember } from '../http/access';
import { callerOf } from '../http/auth';
import { rankedInstant } from '../http/ranked-instant';
import { errorResponses, json, newRouter } from '../http/router';

const route = createRoute({
  method: 'get',
  path: '/team/summary',
  operationId: 'getTeamSummary',
  tags: ['Leaderboard'],
  summary:
    'The team dashboard’s headline figures over the 12 weeks ending with a week: toil, toil share, top chores, what automations save, the recommendation (members)',
  ...asMember,
  request: { query: LeaderboardQuerySchema },
  responses: {
    200: { description: 'The team’s figures', ...json(TeamSummarySchema) },
    ...errorResponses(400, 401, 429, 503),
  },
});

export function teamSummaryRoutes() {
  return newRouter().openapi(route, async (c) => {
    const { team } = callerOf(c);
    const now = Date.now();
    const at = rankedInstant(team, c.req.valid('query').week, now);
    const { summary } = await teamDashboard(c.env.DB, team, at, now, limitsOf(c.env).leaderboardPage);
    return c.json(summary, 200);
  });
}
