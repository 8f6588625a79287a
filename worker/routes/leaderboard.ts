import { createRoute } from '@hono/zod-openapi';
import { LeaderboardQuerySchema, LeaderboardSchema } from '../../shared/api/leaderboard';
import { fromLocal } from '../../shared/local-time';
import { teamLeaderboard } from '../db/leaderboard';
import { limitsOf } from '../db/limits';
import type { TeamRow } from '../db/teams';
import { callerOf, requireViewer } from '../http/auth';
import { HttpError } from '../http/http-error';
import { bearerSecurity, errorResponses, newRouter } from '../http/router';

const route = createRoute({
  method: 'get',
  path: '/leaderboard',
  summary: 'The team’s chores ranked by team-wide pain for a week (members and view links)',
  security: bearerSecurity,
  middleware: [requireViewer] as const,
  request: { query: LeaderboardQuerySchema },
  responses: {
    200: { description: 'The ranked week', content: { 'application/json': { schema: LeaderboardSchema } } },
    ...errorResponses(400, 401, 429, 503),
  },
});

/** The instant to rank around: noon of the given local date, or now. */
export function rankedInstant(team: TeamRow, week: string | undefined, now = Date.now()): number {
  if (!week) return now;
  const at = fromLocal(week, '12:00', team.time_zone);
  if (typeof at === 'string') throw new HttpError(400, 'invalid_request', `week: ${at}`);
  return at;
}

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
