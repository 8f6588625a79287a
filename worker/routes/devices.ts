import { createRoute } from '@hono/zod-openapi';
import {
  DeviceListSchema,
  ROTATION_SALT,
  RotatedTokenSchema,
  RotateTokenRequestSchema,
} from '../../shared/api/devices';
import { PublicIdParamSchema } from '../../shared/api/teams';
import { isDeviceOf, listDevices, rotateToken } from '../db/devices';
import { revokeToken } from '../db/tokens';
import { asMember } from '../http/access';
import { bearerToken, memberOf } from '../http/auth';
import { derivedToken, randomToken, sha256Hex } from '../http/crypto';
import { HttpError, lastAdmin, notFound, unauthorized } from '../http/http-error';
import { errorResponses, json, newRouter, okResponse } from '../http/router';

const list = createRoute({
  method: 'get',
  path: '/me/devices',
  operationId: 'listMyDevices',
  tags: ['Devices'],
  summary:
    'The calling member’s browsers: one sign-in token each, without its secret; `current` marks the caller’s',
  ...asMember,
  responses: {
    200: { description: 'The member’s browsers', ...json(DeviceListSchema) },
    ...errorResponses(401, 429),
  },
});

const revoke = createRoute({
  method: 'delete',
  path: '/me/devices/{id}',
  operationId: 'revokeMyDevice',
  tags: ['Devices'],
  summary:
    'Revoke the sign-in token of another of the caller’s browsers: it fails on the next request, with the dashboard link derived from it',
  ...asMember,
  request: { params: PublicIdParamSchema },
  responses: { ...okResponse, ...errorResponses(400, 401, 404, 409, 429, 503) },
});

const rotate = createRoute({
  method: 'post',
  path: '/me/token',
  operationId: 'rotateMyToken',
  tags: ['Devices'],
  summary:
    'Replace the caller’s token with a new one, shown once: the old one fails on the next request, and so does the dashboard link derived from it. Other browsers keep theirs',
  ...asMember,
  request: { body: { ...json(RotateTokenRequestSchema), required: false } },
  responses: {
    200: { description: 'The new token', ...json(RotatedTokenSchema) },
    ...errorResponses(400, 401, 413, 429, 503),
  },
});

const OWN_TOKEN =
  'This is the token of the browser asking: rotate it (POST /v1/me/token), or revoke it from another of your browsers.';

export function devicesRoutes() {
  return newRouter()
    .openapi(list, async (c) => {
      const { teamId, memberId, tokenId } = memberOf(c);
      const rows = await listDevices(c.env.DB, teamId, memberId);
      const devices = rows.map((r) => ({
        id: r.id,
        label: r.label,
        createdAt: r.created_at,
        current: r.id === tokenId,
      }));
      return c.json({ devices }, 200);
    })
    .openapi(revoke, async (c) => {
      const { teamId, memberId, tokenId } = memberOf(c);
      const { id } = c.req.valid('param');
      if (id === tokenId) throw new HttpError(409, 'own_token', OWN_TOKEN);
      if (!(await isDeviceOf(c.env.DB, teamId, memberId, id))) throw notFound('Browser');
      const outcome = await revokeToken(c.env.DB, teamId, id);
      if (outcome === 'not_found') throw notFound('Browser');
      if (outcome === 'last_admin') {
        throw lastAdmin('This is the last admin’s token: the team would have no admin left.');
      }
      return c.json({ ok: true as const }, 200);
    })
    .openapi(rotate, async (c) => {
      const { tokenId } = memberOf(c);
      const old = bearerToken(c);
      if (!old) throw unauthorized();
      // The body is optional: without one (or without a nonce) the new token is random.
      const nonce = (c.req.valid('json') as { nonce?: string } | undefined)?.nonce;
      const token = nonce ? await derivedToken(old, `${ROTATION_SALT}${nonce}`) : randomToken();
      const rotation = { tokenId, oldHash: await sha256Hex(old), newHash: await sha256Hex(token) };
      // Another rotation with the same token won: this one's token no longer exists.
      if (!(await rotateToken(c.env.DB, rotation))) throw unauthorized();
      return c.json({ token }, 200);
    });
}
