import { createRoute } from '@hono/zod-openapi';
import { DashboardLinkRequestSchema, DashboardLinkSchema } from '../../shared/api/leaderboard';
import { ensureMemberLink, replaceMemberLink } from '../db/dashboard-links';
import { asMember } from '../http/access';
import { bearerToken, memberOf } from '../http/auth';
import { derivedToken, randomId, sha256Hex } from '../http/crypto';
import { unauthorized } from '../http/http-error';
import { errorResponses, json, newRouter } from '../http/router';

const route = createRoute({
  method: 'post',
  path: '/dashboard-link',
  operationId: 'getMyDashboardLink',
  tags: ['Dashboard'],
  summary:
    'The calling browser’s read-only link to the team dashboard page, derived from its token and created at the first call; the same URL until an admin revokes it (DELETE /v1/view-links/{id}), the token is revoked or rotated, or the member leaves',
  ...asMember,
  request: { body: { ...json(DashboardLinkRequestSchema), required: false } },
  responses: {
    200: { description: 'The link', ...json(DashboardLinkSchema) },
    ...errorResponses(400, 401, 413, 429, 503),
  },
});

/** Salted with the link's public id: after a revocation the next link has a new id, so a new token. */
const linkToken = (memberToken: string, id: string) => derivedToken(memberToken, `dashboard-link:${id}`);

export function dashboardLinkRoutes() {
  return newRouter().openapi(route, async (c) => {
    const { teamId, memberId, tokenId } = memberOf(c);
    const memberToken = bearerToken(c);
    if (!memberToken) throw unauthorized();
    const freshId = randomId();
    const freshToken = await linkToken(memberToken, freshId);
    const fresh = {
      teamId,
      memberId,
      tokenId,
      id: freshId,
      hash: await sha256Hex(freshToken),
      now: Date.now(),
    };
    const stored = await ensureMemberLink(c.env.DB, fresh);
    // The token was revoked or rotated between the check and the write.
    if (!stored) throw unauthorized();
    let link = { id: stored.id, token: await linkToken(memberToken, stored.id) };
    // A link that does not match cannot be answered again (only its hash is kept): it is replaced.
    if ((await sha256Hex(link.token)) !== stored.hash) {
      await replaceMemberLink(c.env.DB, fresh);
      link = { id: freshId, token: freshToken };
    }
    return c.json({ id: link.id, url: `${new URL(c.req.url).origin}/dashboard/${link.token}` }, 200);
  });
}
