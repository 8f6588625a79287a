import { createRoute } from '@hono/zod-openapi';
import {
  CreateTeamRequestSchema,
  CreateTeamResponseSchema,
  TeamSchema,
  UpdateTeamRequestSchema,
} from '../../shared/api/teams';
import { rebuildTeamWeeks } from '../db/rebuild-weeks';
import { createTeam, DEFAULT_TEAM_SETTINGS, getTeam, getTeamRow, settingsOf, updateTeam } from '../db/teams';
import { callerOf, requireAdmin, requireMember } from '../http/auth';
import { randomId, randomToken, sha256Hex } from '../http/crypto';
import { HttpError, notFound } from '../http/http-error';
import { bearerSecurity, errorResponses, json, newRouter } from '../http/router';
import { requireSetupSecret } from '../http/setup-secret';

const create = createRoute({
  method: 'post',
  path: '/teams',
  summary:
    'Create a team (needs the server’s setup secret as the bearer token); answers the admin token and the first invite code, each shown once',
  security: bearerSecurity,
  middleware: [requireSetupSecret] as const,
  request: { body: { ...json(CreateTeamRequestSchema), required: true } },
  responses: {
    201: { description: 'Created', ...json(CreateTeamResponseSchema) },
    ...errorResponses(400, 401, 403, 413, 429),
  },
});

const read = createRoute({
  method: 'get',
  path: '/team',
  summary: 'The caller’s team and its settings',
  security: bearerSecurity,
  middleware: [requireMember] as const,
  responses: { 200: { description: 'The team', ...json(TeamSchema) }, ...errorResponses(401, 429) },
});

const update = createRoute({
  method: 'patch',
  path: '/team',
  summary: 'Rename the team or change its settings (admin)',
  security: bearerSecurity,
  middleware: [requireAdmin] as const,
  request: { body: { ...json(UpdateTeamRequestSchema), required: true } },
  responses: { 200: { description: 'The team', ...json(TeamSchema) }, ...errorResponses(400, 401, 403, 429) },
});

export function teamsRoutes() {
  return newRouter()
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      const settings = { ...DEFAULT_TEAM_SETTINGS, ...body.settings };
      const now = Date.now();
      const token = randomToken();
      const inviteCode = randomToken(16);
      const inviteExpiresAt = now + settings.inviteTtlHours * 3_600_000;
      const memberId = randomId();
      await createTeam(c.env.DB, {
        teamId: randomId(),
        name: body.name,
        settings,
        inviteHash: await sha256Hex(inviteCode),
        inviteExpiresAt,
        admin: {
          memberId,
          displayName: body.adminName ?? null,
          tokenId: randomId(),
          tokenHash: await sha256Hex(token),
        },
        now,
      });
      const team = { name: body.name, settings, members: 1 };
      return c.json({ team, memberId, token, invite: { inviteCode, expiresAt: inviteExpiresAt } }, 201);
    })
    .openapi(read, async (c) => {
      const team = await getTeam(c.env.DB, callerOf(c).teamId);
      if (!team) throw notFound('Team');
      return c.json(team, 200);
    })
    .openapi(update, async (c) => {
      const { teamId } = callerOf(c);
      const row = await getTeamRow(c.env.DB, teamId);
      if (!row) throw notFound('Team');
      const body = c.req.valid('json');
      const before = settingsOf(row);
      const settings = { ...before, ...body.settings };
      if (settings.minPeople < 1) throw new HttpError(400, 'invalid_request', 'minPeople must be at least 1');
      await updateTeam(c.env.DB, teamId, body.name ?? row.name, settings);
      if (settings.timeZone !== before.timeZone || settings.weekStartsOn !== before.weekStartsOn) {
        await rebuildTeamWeeks(c.env.DB, teamId, settings.timeZone, settings.weekStartsOn);
      }
      const team = await getTeam(c.env.DB, teamId);
      if (!team) throw notFound('Team');
      return c.json(team, 200);
    });
}
