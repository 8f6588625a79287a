import { createRoute } from '@hono/zod-openapi';
import { InviteSchema, JoinRequestSchema, JoinResponseSchema } from '../../shared/api/teams';
import { addMember } from '../db/members';
import { findTeamByInvite, getTeam, setInvite } from '../db/teams';
import { addressKey, callerOf, requireAdmin } from '../http/auth';
import { randomId, randomToken, sha256Hex } from '../http/crypto';
import { HttpError, notFound, tooManyRequests } from '../http/http-error';
import { bearerSecurity, errorResponses, json, newRouter } from '../http/router';

const rotate = createRoute({
  method: 'post',
  path: '/team/invite',
  summary: 'Replace the invite code (admin); the old one stops working at once',
  security: bearerSecurity,
  middleware: [requireAdmin] as const,
  responses: {
    200: { description: 'The new code, shown once', ...json(InviteSchema) },
    ...errorResponses(401, 403, 429),
  },
});

const join = createRoute({
  method: 'post',
  path: '/join',
  summary: 'Join a team with an invite code; answers a member token, shown once',
  request: { body: { ...json(JoinRequestSchema), required: true } },
  responses: {
    201: { description: 'Joined', ...json(JoinResponseSchema) },
    ...errorResponses(400, 404, 413, 429),
  },
});

export function invitesRoutes() {
  return newRouter()
    .openapi(rotate, async (c) => {
      const { teamId, team } = callerOf(c);
      const inviteCode = randomToken(16);
      const expiresAt = Date.now() + team.invite_ttl_hours * 3_600_000;
      await setInvite(c.env.DB, teamId, await sha256Hex(inviteCode), expiresAt);
      return c.json({ inviteCode, expiresAt }, 200);
    })
    .openapi(join, async (c) => {
      // Limited per address before the code is even looked at: guessing codes costs a minute per ten tries.
      if (!(await c.env.JOIN_LIMITER.limit({ key: addressKey(c) })).success) throw tooManyRequests();
      const body = c.req.valid('json');
      const now = Date.now();
      const teamId = await findTeamByInvite(c.env.DB, await sha256Hex(body.inviteCode), now);
      if (!teamId)
        throw new HttpError(404, 'invite_not_found', 'This invite code is unknown or has expired.');
      const memberId = randomId();
      const token = randomToken();
      const displayName = body.displayName || null;
      await addMember(c.env.DB, {
        teamId,
        memberId,
        displayName,
        tokenId: randomId(),
        tokenHash: await sha256Hex(token),
        now,
      });
      const team = await getTeam(c.env.DB, teamId);
      if (!team) throw notFound('Team');
      return c.json({ team, memberId, token }, 201);
    });
}
