import { createRoute } from '@hono/zod-openapi';
import {
  InviteSchema,
  NewInvitesRequestSchema,
  NewInvitesSchema,
  OpenInviteListSchema,
  RevokedInvitesSchema,
} from '../../shared/api/invites';
import { PublicIdParamSchema } from '../../shared/api/teams';
import { addInvites, listOpenInvites, replaceInvites, revokeInvite, revokeOpenInvites } from '../db/invites';
import { limitsOf } from '../db/limits';
import { asAdmin } from '../http/access';
import { callerOf } from '../http/auth';
import { randomId, randomToken, sha256Hex } from '../http/crypto';
import { notFound } from '../http/http-error';
import { limitReached } from '../http/limits';
import { errorResponses, json, newRouter, okResponse } from '../http/router';

const make = createRoute({
  method: 'post',
  path: '/invites',
  operationId: 'createInvites',
  tags: ['Invites'],
  summary: 'Make new single-use invite codes (admin); each code is shown once and admits one person',
  ...asAdmin,
  request: { body: { ...json(NewInvitesRequestSchema), required: true } },
  responses: {
    201: { description: 'The new codes', ...json(NewInvitesSchema) },
    ...errorResponses(400, 401, 403, 409, 413, 429, 503),
  },
});

const list = createRoute({
  method: 'get',
  path: '/invites',
  operationId: 'listInvites',
  tags: ['Invites'],
  summary: 'The open invite codes (admin): unused and unexpired, without the codes themselves',
  ...asAdmin,
  responses: {
    200: { description: 'Open codes', ...json(OpenInviteListSchema) },
    ...errorResponses(401, 403, 429),
  },
});

const revoke = createRoute({
  method: 'delete',
  path: '/invites/{id}',
  operationId: 'revokeInvite',
  tags: ['Invites'],
  summary: 'Revoke one open invite code (admin); it stops working at once',
  ...asAdmin,
  request: { params: PublicIdParamSchema },
  responses: { ...okResponse, ...errorResponses(400, 401, 403, 404, 429) },
});

const revokeAll = createRoute({
  method: 'delete',
  path: '/invites',
  operationId: 'revokeAllInvites',
  tags: ['Invites'],
  summary: 'Turn invites off (admin): every open invite code stops working',
  ...asAdmin,
  responses: {
    200: { description: 'How many codes were revoked', ...json(RevokedInvitesSchema) },
    ...errorResponses(401, 403, 429),
  },
});

const rotate = createRoute({
  method: 'post',
  path: '/team/invite',
  operationId: 'replaceInvite',
  tags: ['Invites'],
  summary: 'Replace every open invite code with one new single-use code (admin)',
  ...asAdmin,
  responses: {
    200: { description: 'The new code, shown once', ...json(InviteSchema) },
    ...errorResponses(401, 403, 429, 503),
  },
});

/** A new code (128 random bits) with its public id and the hash to store. */
async function newCode() {
  const inviteCode = randomToken(16);
  return { id: randomId(), inviteCode, hash: await sha256Hex(inviteCode) };
}

export function invitesRoutes() {
  return newRouter()
    .openapi(make, async (c) => {
      const { teamId, team } = callerOf(c);
      const max = limitsOf(c.env).openInvitesPerTeam;
      const codes = await Promise.all(Array.from({ length: c.req.valid('json').count ?? 1 }, newCode));
      const now = Date.now();
      const expiresAt = now + team.invite_ttl_hours * 3_600_000;
      if (!(await addInvites(c.env.DB, teamId, codes, { now, expiresAt }, max))) {
        throw limitReached(
          `A team can hold at most ${max} open invite codes (MAX_OPEN_INVITES_PER_TEAM); revoke some first.`,
        );
      }
      const invites = codes.map(({ id, inviteCode }) => ({ id, inviteCode, expiresAt }));
      return c.json({ invites }, 201);
    })
    .openapi(list, async (c) => {
      const rows = await listOpenInvites(c.env.DB, callerOf(c).teamId, Date.now());
      const invites = rows.map((r) => ({ id: r.id, createdAt: r.created_at, expiresAt: r.expires_at }));
      return c.json({ invites }, 200);
    })
    .openapi(revoke, async (c) => {
      if (!(await revokeInvite(c.env.DB, callerOf(c).teamId, c.req.valid('param').id))) {
        throw notFound('Open invite code');
      }
      return c.json({ ok: true as const }, 200);
    })
    .openapi(revokeAll, async (c) => {
      const revoked = await revokeOpenInvites(c.env.DB, callerOf(c).teamId, Date.now());
      return c.json({ revoked }, 200);
    })
    .openapi(rotate, async (c) => {
      const { teamId, team } = callerOf(c);
      const code = await newCode();
      const now = Date.now();
      const expiresAt = now + team.invite_ttl_hours * 3_600_000;
      await replaceInvites(c.env.DB, teamId, code, { now, expiresAt });
      return c.json({ id: code.id, inviteCode: code.inviteCode, expiresAt }, 200);
    });
}
