import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { ChangeSchema } from '../shared/api/sync';
import { purgeExpired } from './db/gone-tokens';
import type { AppEnv } from './http/app-env';
import { handleError } from './http/errors';
import { HttpError } from './http/http-error';
import { catalogueRoutes } from './routes/catalogue';
import { dashboardRoutes } from './routes/dashboard';
import { dashboardLinkRoutes } from './routes/dashboard-link';
import { invitesRoutes } from './routes/invites';
import { joinRoutes } from './routes/join';
import { leaderboardRoutes } from './routes/leaderboard';
import { meRoutes } from './routes/me';
import { membersRoutes } from './routes/members';
import { syncRoutes } from './routes/sync';
import { teamSummaryRoutes } from './routes/team-summary';
import { teamsRoutes } from './routes/teams';
import { tokensRoutes } from './routes/tokens';
import { viewLinksRoutes } from './routes/view-links';

// The main module may export only handlers (workerd refuses other named exports).
const MAX_BODY_BYTES = 1024 * 1024; // larger than any honest push (1,000 changes is about 300 KB)

const app = new OpenAPIHono<AppEnv>();

app.use(
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
    crossOriginResourcePolicy: 'cross-origin',
  }),
);
// Any origin may read responses: extension origins are random per install, and the bearer token (never a
// cookie) is what authenticates.
app.use(
  '/v1/*',
  cors({
    origin: '*',
    allowHeaders: ['Authorization', 'Content-Type'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  }),
);
// Answers carry tokens and team data: no cache along the way may keep them.
app.use('/v1/*', async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
});
app.use(
  '*',
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new HttpError(413, 'too_large', `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
    },
  }),
);

app.get('/health', async (c) => {
  const row = await c.env.DB.prepare('SELECT 1 AS ok').first<{ ok: number }>();
  return c.json({ ok: row?.ok === 1 });
});

app.route('/v1', teamsRoutes());
app.route('/v1', invitesRoutes());
app.route('/v1', joinRoutes());
app.route('/v1', membersRoutes());
app.route('/v1', meRoutes());
app.route('/v1', tokensRoutes());
app.route('/v1', syncRoutes());
app.route('/v1', catalogueRoutes());
app.route('/v1', leaderboardRoutes());
app.route('/v1', teamSummaryRoutes());
app.route('/v1', viewLinksRoutes());
app.route('/v1', dashboardLinkRoutes());
app.route('/', dashboardRoutes());

app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
// Push validates changes one by one (so one bad change does not block the rest); document their shape.
app.openAPIRegistry.register('Change', ChangeSchema);
app.doc('/openapi.json', {
  openapi: '3.0.3',
  info: { title: 'Toil Tracker sync server', version: '1' },
});

app.notFound((c) => c.json({ error: 'not_found', message: 'No such endpoint.' }, 404));
app.onError(handleError);

export default {
  fetch: app.fetch,
  /** Daily (triggers.crons in wrangler.jsonc): forgets gone tokens after 90 days and expired invite codes. */
  async scheduled(controller, env) {
    await purgeExpired(env.DB, controller.scheduledTime);
  },
} satisfies ExportedHandler<Env>;
