import { createRoute } from '@hono/zod-openapi';
import { JoinRequestSchema, JoinResponseSchema } from '../../shared/api/teams';
import { findInvite } from '../db/invites';
import { limitsOf } from '../db/limits';
import { countMembers, joinWithInvite } from '../db/members';
import { getTeam } from '../db/teams';
import { asAnyone } from '../http/access';
import { addressKey } from '../http/auth';
import { randomId, randomToken, sha256Hex } from '../http/crypto';
import { HttpError, notFound, tooManyRequests } from '../http/http-error';
import { limitReached } from '../http/limits';
import { errorResponses, json, newRouter } from '../http/router';

const join = createRoute({
  method: 'post',
  path: '/join',
  operationId: 'joinTeam',
  tags: ['Invites'],
  ...asAnyone,
  summary: 'Join a team with an invite code; each code admits one person. Answers a member token, shown once',
  request: { body: { ...json(JoinRequestSchema), required: true } },
  responses: {
    201: { description: 'Joined', ...json(JoinResponseSchema) },
    ...errorResponses(400, 404, 409, 410, 413, 429, 503),
  },
});

const unknownInvite = () =>
  new HttpError(404, 'invite_not_found', 'This invite code is unknown, was revoked, or has expired.');
const usedInvite = () =>
  new HttpError(
    410,
    'invite_used',
    'This invite code was already used: each code admits one person. Ask a team admin for a new join link.',
  );

export function joinRoutes() {
  return newRouter().openapi(join, async (c) => {
    // Limited per address before the code is even looked at: guessing codes costs a minute per ten tries.
    if (!(await c.env.JOIN_LIMITER.limit({ key: addressKey(c) })).success) throw tooManyRequests();
    const body = c.req.valid('json');
    const now = Date.now();
    const inviteHash = await sha256Hex(body.inviteCode);
    const invite = await findInvite(c.env.DB, inviteHash);
    if (!invite || invite.expires_at <= now) throw unknownInvite();
    if (invite.used_at !== null) throw usedInvite();
    const teamId = invite.team_id;
    const maxMembers = limitsOf(c.env).membersPerTeam;
    const memberId = randomId();
    const token = randomToken();
    const joiner = { teamId, inviteHash, memberId, tokenId: randomId(), tokenHash: await sha256Hex(token) };
    const joined = await joinWithInvite(c.env.DB, {
      ...joiner,
      displayName: body.displayName || null,
      now,
      maxMembers,
    });
    if (!joined) {
      // Someone else got in first with this code, or took the last place.
      if ((await findInvite(c.env.DB, inviteHash))?.used_at) throw usedInvite();
      if ((await countMembers(c.env.DB, teamId)) >= maxMembers) {
        throw limitReached(
          `This team has reached its limit of ${maxMembers} members (MAX_MEMBERS_PER_TEAM); an admin can remove members, or the server's operator can raise the limit.`,
          'team_full',
        );
      }
      throw unknownInvite();
    }
    const team = await getTeam(c.env.DB, teamId);
    if (!team) throw notFound('Team');
    return c.json({ team, memberId, token }, 201);
  });
}
