import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { ChangeSchema } from '../shared/api/sync';
import type { AppEnv } from './http/app-env';
import { handleError } from './http/errors';
import { HttpError } from './http/http-error';
import { OPENAPI_DOCUMENT, registerSecuritySchemes } from './openapi';
import { catalogueRoutes } from './routes/catalogue';
import { dashboardRoutes } from './routes/dashboard';
import { dashboardLinkRoutes } from './routes/dashboard-link';
import { devicesRoutes } from './routes/devices';
import { healthRoutes } from './routes/health';
import { invitesRoutes } from './routes/invites';
import { joinRoutes } from './routes/join';
import { leaderboardRoutes } from './routes/leaderboard';
import { meRoutes } from './routes/me';
import { membersRoutes } from './routes/members';
import { pairingRoutes } from './routes/pairing';
import { syncRoutes } from './routes/sync';
import { teamSummaryRoutes } from './routes/team-summary';
import { teamsRoutes } from './routes/teams';
import { tokensRoutes } from './routes/tokens';
import { viewLinksRoutes } from './routes/view-links';

const MAX_BODY_BYTES = 1024 * 1024; // larger than any honest push (1,000 changes is about 300 KB)

/** The sync server: every route, its middleware and the OpenAPI document at /openapi.json. */
export const app = new OpenAPIHono<AppEnv>();

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

app.route('/', healthRoutes());
app.route('/v1', teamsRoutes());
app.route('/v1', invitesRoutes());
app.route('/v1', joinRoutes());
app.route('/v1', membersRoutes());
app.route('/v1', meRoutes());
app.route('/v1', pairingRoutes());
app.route('/v1', devicesRoutes());
app.route('/v1', tokensRoutes());
app.route('/v1', syncRoutes());
app.route('/v1', catalogueRoutes());
app.route('/v1', leaderboardRoutes());
app.route('/v1', teamSummaryRoutes());
app.route('/v1', viewLinksRoutes());
app.route('/v1', dashboardLinkRoutes());
app.route('/', dashboardRoutes());

registerSecuritySchemes(app.openAPIRegistry);
// Push validates changes one by one (so one bad change does not block the rest); document their shape.
app.openAPIRegistry.register('Change', ChangeSchema);
app.doc('/openapi.json', OPENAPI_DOCUMENT);

app.notFound((c) => c.json({ error: 'not_found', message: 'No such endpoint.' }, 404));
app.onError(handleError);
