import { createRoute } from '@hono/zod-openapi';
import { ViewLinkRequestSchema, ViewLinkSchema } from '../../shared/api/leaderboard';
import { OkSchema, PublicIdParamSchema, TokenListSchema } from '../../shared/api/teams';
import { limitsOf } from '../db/limits';
import { insertViewLink, listTokens, revokeViewLink } from '../db/tokens';
import { asAdmin } from '../http/access';
import { callerOf } from '../http/auth';
import { randomId, randomToken, sha256Hex } from '../http/crypto';
import { notFound } from '../http/http-error';
import { limitReached } from '../http/limits';
import { errorResponses, json, newRouter } from '../http/router';

const create = createRoute({
  method: 'post',
  path: '/view-links',
  operationId: 'createViewLink',
  tags: ['Dashboard'],
  summary: 'Create a read-only dashboard link (admin); the URL holds a token and is shown once',
  ...asAdmin,
  request: { body: { ...json(ViewLinkRequestSchema), required: true } },
  responses: {
    201: { description: 'Created', ...json(ViewLinkSchema) },
    ...errorResponses(400, 401, 403, 409, 413, 429, 503),
  },
});

const list = createRoute({
  method: 'get',
  path: '/view-links',
  operationId: 'listViewLinks',
  tags: ['Dashboard'],
  summary: 'The team’s dashboard links, without their secrets (admin)',
  ...asAdmin,
  responses: { 200: { description: 'Links', ...json(TokenListSchema) }, ...errorResponses(401, 403, 429) },
});

const revoke = createRoute({
  method: 'delete',
  path: '/view-links/{id}',
  operationId: 'revokeViewLink',
  tags: ['Dashboard'],
  summary: 'Revoke a dashboard link (admin); it stops working at once',
  ...asAdmin,
  request: { params: PublicIdParamSchema },
  responses: {
    200: { description: 'Revoked', ...json(OkSchema) },
    ...errorResponses(400, 401, 403, 404, 429),
  },
});

export function viewLinksRoutes() {
  return newRouter()
    .openapi(create, async (c) => {
      const { teamId } = callerOf(c);
      const token = randomToken();
      const id = randomId();
      const label = c.req.valid('json').label ?? null;
      const max = limitsOf(c.env).viewLinksPerTeam;
      const link = { hash: await sha256Hex(token), id, teamId, label, now: Date.now() };
      if (!(await insertViewLink(c.env.DB, link, max))) {
        throw limitReached(
          `A team can hold at most ${max} dashboard links made by admins (MAX_VIEW_LINKS_PER_TEAM); revoke some first.`,
        );
      }
      return c.json({ id, url: `${new URL(c.req.url).origin}/dashboard/${token}` }, 201);
    })
    .openapi(list, async (c) => {
      const rows = await listTokens(c.env.DB, callerOf(c).teamId, 'view');
      const tokens = rows.map((t) => ({
        id: t.id,
        kind: t.kind,
        memberId: t.member_id,
        label: t.label,
        createdAt: t.created_at,
      }));
      return c.json({ tokens }, 200);
    })
    .openapi(revoke, async (c) => {
      if (!(await revokeViewLink(c.env.DB, callerOf(c).teamId, c.req.valid('param').id)))
        throw notFound('View link');
      return c.json({ ok: true as const }, 200);
    });
}
