import { createRoute } from '@hono/zod-openapi';
import { OkSchema, PublicIdParamSchema, TokenListSchema } from '../../shared/api/teams';
import { listTokens, revokeToken } from '../db/tokens';
import { asAdmin } from '../http/access';
import { callerOf } from '../http/auth';
import { lastAdmin, notFound } from '../http/http-error';
import { errorResponses, json, newRouter } from '../http/router';

const list = createRoute({
  method: 'get',
  path: '/tokens',
  operationId: 'listTokens',
  tags: ['Tokens'],
  summary: 'The team’s tokens, without their secrets (admin)',
  ...asAdmin,
  responses: { 200: { description: 'Tokens', ...json(TokenListSchema) }, ...errorResponses(401, 403, 429) },
});

const revoke = createRoute({
  method: 'delete',
  path: '/tokens/{id}',
  operationId: 'revokeToken',
  tags: ['Tokens'],
  summary:
    'Revoke a token (admin); it fails on the very next request, and a member’s token takes their dashboard link with it. The last sign-in token of the team’s admins cannot be revoked',
  ...asAdmin,
  request: { params: PublicIdParamSchema },
  responses: {
    200: { description: 'Revoked', ...json(OkSchema) },
    ...errorResponses(400, 401, 403, 404, 409, 429, 503),
  },
});

export function tokensRoutes() {
  return newRouter()
    .openapi(list, async (c) => {
      const rows = await listTokens(c.env.DB, callerOf(c).teamId);
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
      const outcome = await revokeToken(c.env.DB, callerOf(c).teamId, c.req.valid('param').id);
      if (outcome === 'not_found') throw notFound('Token');
      if (outcome === 'last_admin') {
        throw lastAdmin(
          'This is the last sign-in token of the team’s admins: nobody could run the team. Make another member admin first.',
        );
      }
      return c.json({ ok: true as const }, 200);
    });
}
