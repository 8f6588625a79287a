import { createRoute } from '@hono/zod-openapi';
import { ViewLinkRequestSchema, ViewLinkSchema } from '../../shared/api/leaderboard';
import { OkSchema, PublicIdParamSchema, TokenListSchema } from '../../shared/api/teams';
import { insertToken, listTokens, revokeToken } from '../db/tokens';
import { callerOf, requireAdmin } from '../http/auth';
import { randomId, randomToken, sha256Hex } from '../http/crypto';
import { notFound } from '../http/http-error';
import { bearerSecurity, errorResponses, json, newRouter } from '../http/router';

const create = createRoute({
  method: 'post',
  path: '/view-links',
  summary: 'Create a read-only dashboard link (admin); the URL holds a token and is shown once',
  security: bearerSecurity,
  middleware: [requireAdmin] as const,
  request: { body: { ...json(ViewLinkRequestSchema), required: true } },
  responses: {
    201: { description: 'Created', ...json(ViewLinkSchema) },
    ...errorResponses(400, 401, 403, 413, 429),
  },
});

const list = createRoute({
  method: 'get',
  path: '/view-links',
  summary: 'The team’s dashboard links, without their secrets (admin)',
  security: bearerSecurity,
  middleware: [requireAdmin] as const,
  responses: { 200: { description: 'Links', ...json(TokenListSchema) }, ...errorResponses(401, 403, 429) },
});

const revoke = createRoute({
  method: 'delete',
  path: '/view-links/{id}',
  summary: 'Revoke a dashboard link (admin); it stops working at once',
  security: bearerSecurity,
  middleware: [requireAdmin] as const,
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
      await insertToken(c.env.DB, {
        hash: await sha256Hex(token),
        id,
        teamId,
        memberId: null,
        kind: 'view',
        label,
        now: Date.now(),
      });
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
      if (!(await revokeToken(c.env.DB, callerOf(c).teamId, c.req.valid('param').id, 'view')))
        throw notFound('View link');
      return c.json({ ok: true as const }, 200);
    });
}
