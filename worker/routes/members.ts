import { createRoute } from '@hono/zod-openapi';
import {
  MemberListSchema,
  PublicIdParamSchema,
  RemoveMemberQuerySchema,
  UpdateMemberRequestSchema,
} from '../../shared/api/teams';
import { type GuardedOutcome, isMember } from '../db/admin-guard';
import { eraseMember } from '../db/erase';
import { exitMember } from '../db/member-exit';
import { isFormerMember, listFormerMembers, listMembers, setRole } from '../db/members';
import { asAdmin } from '../http/access';
import { callerOf, memberOf } from '../http/auth';
import { HttpError, lastAdmin, notFound } from '../http/http-error';
import { errorResponses, json, newRouter, okResponse } from '../http/router';

const list = createRoute({
  method: 'get',
  path: '/members',
  operationId: 'listMembers',
  tags: ['Members'],
  summary:
    'The team’s members: id, name, role, when they joined; and former members whose records the team still holds (admin)',
  ...asAdmin,
  responses: { 200: { description: 'Members', ...json(MemberListSchema) }, ...errorResponses(401, 403, 429) },
});

const update = createRoute({
  method: 'patch',
  path: '/members/{id}',
  operationId: 'updateMember',
  tags: ['Members'],
  summary:
    'Make a member an admin, or an admin a member (admin); a team keeps at least one admin with a working token',
  ...asAdmin,
  request: { params: PublicIdParamSchema, body: { ...json(UpdateMemberRequestSchema), required: true } },
  responses: { ...okResponse, ...errorResponses(400, 401, 403, 404, 409, 429, 503) },
});

const remove = createRoute({
  method: 'delete',
  path: '/members/{id}',
  operationId: 'removeMember',
  tags: ['Members'],
  summary:
    'Remove a member (admin): their tokens and dashboard link stop working; their records stay in the team totals, or with ?erase=true are erased in the same transaction. With ?erase=true, also erases a former member (one who left or was removed) whose records the team still holds',
  ...asAdmin,
  request: { params: PublicIdParamSchema, query: RemoveMemberQuerySchema },
  responses: { ...okResponse, ...errorResponses(400, 401, 403, 404, 409, 429, 503) },
});

const LAST_ADMIN =
  'This is the team’s last admin with a working token: make another member admin first. Nothing was changed.';

/** A guarded act's outcome as an answer; a refusal names what to do instead. */
function settle(outcome: GuardedOutcome, refusal: string) {
  if (outcome === 'not_found') throw notFound('Member');
  if (outcome === 'last_admin') throw lastAdmin(refusal);
}

export function membersRoutes() {
  return newRouter()
    .openapi(list, async (c) => {
      const { teamId } = callerOf(c);
      const [rows, gone] = await Promise.all([
        listMembers(c.env.DB, teamId),
        listFormerMembers(c.env.DB, teamId),
      ]);
      const members = rows.map((m) => ({
        id: m.id,
        displayName: m.display_name,
        role: m.role,
        joinedAt: m.created_at,
      }));
      const former = gone.map((f) => ({ id: f.id, leftAt: f.left_at }));
      return c.json({ members, former }, 200);
    })
    .openapi(update, async (c) => {
      const { teamId } = memberOf(c);
      const { id } = c.req.valid('param');
      const outcome = await setRole(c.env.DB, teamId, id, c.req.valid('json').role);
      settle(outcome, LAST_ADMIN);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(remove, async (c) => {
      const { teamId, memberId } = memberOf(c);
      const { id } = c.req.valid('param');
      if (id === memberId)
        throw new HttpError(409, 'use_leave', 'To leave the team yourself, use DELETE /v1/me.');
      const erase = c.req.valid('query').erase === 'true';
      const now = Date.now();
      if (!(await isMember(c.env.DB, teamId, id))) {
        // Gone without erasing: an admin may still erase what the team holds of them. Their gone tokens
        // stay, so their browsers are still told why they stopped working.
        if (!erase || !(await isFormerMember(c.env.DB, teamId, id))) throw notFound('Member');
        await eraseMember(c.env.DB, teamId, id, { reason: 'removed', now });
        return c.json({ ok: true as const }, 200);
      }
      const outcome = erase
        ? await eraseMember(c.env.DB, teamId, id, { reason: 'removed', now })
        : await exitMember(c.env.DB, teamId, id, 'removed', now);
      settle(outcome, LAST_ADMIN);
      return c.json({ ok: true as const }, 200);
    });
}
