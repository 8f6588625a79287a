import { createRoute } from '@hono/zod-openapi';
import {
  CreateTeamRequestSchema,
  CreateTeamResponseSchema,
  DeleteTeamRequestSchema,
  TeamSchema,
  UpdateTeamRequestSchema,
} from '../../shared/api/teams';
import { deleteTeam, stillAdmin } from '../db/delete-team';
import { changeTeam } from '../db/team-settings';
import { createTeam, DEFAULT_TEAM_SETTINGS, getTeam } from '../db/teams';
import { asAdmin, asMember, withSetupSecret } from '../http/access';
import { callerOf, memberOf } from '../http/auth';
import { randomId, randomToken, sha256Hex } from '../http/crypto';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { errorResponses, json, newRouter, okResponse } from '../http/router';

const create = createRoute({
  method: 'post',
  path: '/teams',
  operationId: 'createTeam',
  tags: ['Teams'],
  summary:
    'Create a team (needs the server’s setup secret as the bearer token); answers the admin token and the first invite code, each shown once',
  ...withSetupSecret,
  request: { body: { ...json(CreateTeamRequestSchema), required: true } },
  responses: {
    201: { description: 'Created', ...json(CreateTeamResponseSchema) },
    ...errorResponses(400, 401, 403, 413, 429, 503),
  },
});

const read = createRoute({
  method: 'get',
  path: '/team',
  operationId: 'getTeam',
  tags: ['Teams'],
  summary: 'The caller’s team and its settings',
  ...asMember,
  responses: { 200: { description: 'The team', ...json(TeamSchema) }, ...errorResponses(401, 429) },
});

const update = createRoute({
  method: 'patch',
  path: '/team',
  operationId: 'updateTeam',
  tags: ['Teams'],
  summary:
    'Rename the team or change its settings (admin); a new time zone or week start moves every record to its new week in the same transaction',
  ...asAdmin,
  request: { body: { ...json(UpdateTeamRequestSchema), required: true } },
  responses: {
    200: { description: 'The team', ...json(TeamSchema) },
    ...errorResponses(400, 401, 403, 429, 503),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/team',
  operationId: 'deleteTeam',
  tags: ['Teams'],
  summary:
    'Delete the team and everything the server holds of it (admin; the body names the team, as a confirmation). Its members’ tokens then answer 401 team_deleted',
  ...asAdmin,
  request: { body: { ...json(DeleteTeamRequestSchema), required: true } },
  responses: { ...okResponse, ...errorResponses(400, 401, 403, 413, 429, 503) },
});

export function teamsRoutes() {
  return newRouter()
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      const settings = { ...DEFAULT_TEAM_SETTINGS, ...body.settings };
      const now = Date.now();
      const token = randomToken();
      const inviteCode = randomToken(16);
      const invite = {
        id: randomId(),
        hash: await sha256Hex(inviteCode),
        expiresAt: now + settings.inviteTtlHours * 3_600_000,
      };
      const memberId = randomId();
      await createTeam(c.env.DB, {
        teamId: randomId(),
        name: body.name,
        settings,
        invite,
        admin: {
          memberId,
          displayName: body.adminName ?? null,
          tokenId: randomId(),
          tokenHash: await sha256Hex(token),
        },
        now,
      });
      const team = { name: body.name, settings, members: 1 };
      const answer = { id: invite.id, inviteCode, expiresAt: invite.expiresAt };
      return c.json({ team, memberId, token, invite: answer }, 201);
    })
    .openapi(read, async (c) => {
      const team = await getTeam(c.env.DB, callerOf(c).teamId);
      if (!team) throw notFound('Team');
      return c.json(team, 200);
    })
    .openapi(update, async (c) => {
      const team = await changeTeam(c.env.DB, callerOf(c).teamId, c.req.valid('json'));
      if (team === 'contended') {
        throw new HttpError(
          503,
          'contended',
          'The team kept changing while this was saved; nothing was saved. Retry.',
          {
            'Retry-After': '1',
          },
        );
      }
      if (!team) throw notFound('Team');
      return c.json(team, 200);
    })
    .openapi(remove, async (c) => {
      const { teamId, memberId, team } = memberOf(c);
      if (c.req.valid('json').name !== team.name) {
        throw new HttpError(
          400,
          'confirmation_mismatch',
          'The name given is not the team’s name, exactly; nothing was deleted.',
        );
      }
      if (!(await deleteTeam(c.env.DB, teamId, Date.now(), stillAdmin(teamId, memberId)))) {
        throw forbidden('Only a team admin can do this.');
      }
      return c.json({ ok: true as const }, 200);
    });
}
