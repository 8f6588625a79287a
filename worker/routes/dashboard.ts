import { createRoute, z } from '@hono/zod-openapi';
import { LeaderboardQuerySchema } from '../../shared/api/leaderboard';
import { localDateTime } from '../../shared/local-time';
import { limitsOf } from '../db/limits';
import { teamDashboard } from '../db/team-dashboard';
import { asAnyone } from '../http/access';
import { authenticate } from '../http/auth';
import { HttpError } from '../http/http-error';
import { rankedInstant } from '../http/ranked-instant';
import { newRouter } from '../http/router';
import { DASHBOARD_CSS } from '../views/dashboard-css';
import { dashboardPage, invalidLinkPage, tooManyAttemptsPage } from '../views/dashboard-page';

const DAY = 86_400_000;

const page = createRoute({
  method: 'get',
  path: '/dashboard/{token}',
  operationId: 'getDashboardPage',
  tags: ['Dashboard'],
  ...asAnyone,
  summary: 'The team dashboard page, opened with a read-only view link',
  request: {
    params: z.strictObject({
      token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'link is not valid' }),
    }),
    query: LeaderboardQuerySchema,
  },
  responses: {
    200: { description: 'HTML page', content: { 'text/html': { schema: z.string() } } },
    401: { description: 'Revoked or wrong link', content: { 'text/html': { schema: z.string() } } },
    429: {
      description: 'Too many links nobody holds came from this address: refused for a minute (Retry-After)',
      content: { 'text/html': { schema: z.string() } },
    },
  },
});

export function dashboardRoutes() {
  const app = newRouter();
  app.get('/dashboard.css', (c) =>
    c.body(DASHBOARD_CSS, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.openapi(page, async (c) => {
    const { token } = c.req.valid('param');
    const caller = await authenticate(c, token).catch((error: unknown) => {
      if (error instanceof HttpError && (error.status === 401 || error.status === 429)) return error.status;
      throw error;
    });
    if (caller === 429) {
      return c.html(tooManyAttemptsPage(), 429, { 'Cache-Control': 'no-store', 'Retry-After': '60' });
    }
    const team = typeof caller === 'object' && caller.role === 'viewer' ? caller.team : null;
    if (!team) {
      return c.html(invalidLinkPage(), 401, { 'Cache-Control': 'no-store' });
    }
    const now = Date.now();
    const at = rankedInstant(team, c.req.valid('query').week, now);
    const { board, summary } = await teamDashboard(c.env.DB, team, at, now, limitsOf(c.env).leaderboardPage);
    const weekOf = (t: number) => `?week=${localDateTime(t, team.time_zone).date}`;
    const nav = {
      previous: weekOf(board.week.start - DAY),
      next: board.week.end <= now ? weekOf(board.week.end + DAY / 2) : null,
    };
    return c.html(dashboardPage(board, summary, nav), 200, { 'Cache-Control': 'no-store' });
  });
  return app;
}
