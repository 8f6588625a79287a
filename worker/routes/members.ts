import { createRoute } from '@hono/zod-openapi';
import { MemberListSchema, PublicIdParamSchema, UpdateMemberRequestSchema } from '../../shared/api/teams';
import { eraseMember } from '../db/erase';
import { countAdmins, listMembers, removeMember, setRole } from '../db/members';
import { callerOf, memberOf, requireAdmin, requireMember } from '../http/auth';
import { HttpError, notFound } from '../http/http-error';
import { bearerSecurity, errorResponses, json, newRouter, okResponse } from '../http/router';

const list = createRoute({
  method: 'get',
  path: '/members',
  summary: 'The team’s members (admin)',
  security: bearerSecurity,
  middleware: [requireAdmin] as const,
  responses: { 200: { description: 'Members', ...json(MemberListSchema) }, ...errorResponses(401, 403, 429) },
});

const update = createRoute({
  method: 'patch',
  path: '/members/{id}',
  summary: 'Make a member an admin, or an admin a member (admin); a team keeps at least one admin',
  security: bearerSecurity,
  middleware: [requireAdmin] as const,
  request: { params: PublicIdParamSchema, body: { ...json(UpdateMemberRequestSchema), required: true } },
  responses: { ...okResponse, ...errorResponses(400, 401, 403, 404, 409, 429) },
});

const remove = createRoute({
  method: 'delete',
  path: '/members/{id}',
  summary: 'Remove a member and revoke their tokens (admin); their records stay in the team totals',
  security: bearerSecurity,
  middleware: [requireAdmin] as const,
  request: { params: PublicIdParamSchema },
  responses: { ...okResponse, ...errorResponses(400, 401, 403, 404, 409, 429) },
});

const leave = createRoute({
  method: 'delete',
  path: '/me',
  summary: 'Leave the team: membership and tokens are deleted; records stay in the team totals',
  security: bearerSecurity,
  middleware: [requireMember] as const,
  responses: { ...okResponse, ...errorResponses(401, 409, 429) },
});

const erase = createRoute({
  method: 'delete',
  path: '/me/data',
  summary: 'Leave and delete everything the server holds about the caller',
  security: bearerSecurity,
  middleware: [requireMember] as const,
  responses: { ...okResponse, ...errorResponses(401, 409, 429) },
});

/** A team keeps at least one admin, or nobody could rotate its invite code again. */
async function ensureNotLastAdmin(db: D1Database, teamId: string, role: string) {
  if (role === 'admin' && (await countAdmins(db, teamId)) <= 1) {
    throw new HttpError(
      409,
      'last_admin',
      'The last admin cannot leave or step down; make another member admin first.',
    );
  }
}

export function membersRoutes() {
  return newRouter()
    .openapi(list, async (c) => {
      const rows = await listMembers(c.env.DB, callerOf(c).teamId);
      const members = rows.map((m) => ({
        id: m.id,
        displayName: m.display_name,
        role: m.role,
        joinedAt: m.created_at,
      }));
      return c.json({ members }, 200);
    })
    .openapi(update, async (c) => {
      const { teamId, memberId, role } = memberOf(c);
      const { id } = c.req.valid('param');
      const next = c.req.valid('json').role;
      if (id === memberId && next === 'member') await ensureNotLastAdmin(c.env.DB, teamId, role);
      if (!(await setRole(c.env.DB, teamId, id, next))) throw notFound('Member');
      return c.json({ ok: true as const }, 200);
    })
    .openapi(remove, async (c) => {
      const { teamId, memberId } = memberOf(c);
      const { id } = c.req.valid('param');
      if (id === memberId)
        throw new HttpError(409, 'use_leave', 'To leave the team yourself, use DELETE /v1/me.');
      if (!(await removeMember(c.env.DB, teamId, id))) throw notFound('Member');
      return c.json({ ok: true as const }, 200);
    })
    .openapi(leave, async (c) => {
      const { teamId, memberId, role } = memberOf(c);
      await ensureNotLastAdmin(c.env.DB, teamId, role);
      await removeMember(c.env.DB, teamId, memberId);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(erase, async (c) => {
      const { teamId, memberId, role } = memberOf(c);
      await ensureNotLastAdmin(c.env.DB, teamId, role);
      await eraseMember(c.env.DB, teamId, memberId);
      return c.json({ ok: true as const }, 200);
    });
}
