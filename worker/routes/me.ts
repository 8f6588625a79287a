import { createRoute } from '@hono/zod-openapi';
import { aloneIn, deleteTeam } from '../db/delete-team';
import { eraseMember } from '../db/erase';
import { exitMember } from '../db/member-exit';
import { countMembers } from '../db/members';
import { asMember, asMemberOrFormer } from '../http/access';
import { memberOf } from '../http/auth';
import { HttpError, lastAdmin } from '../http/http-error';
import { errorResponses, newRouter, okResponse } from '../http/router';

const leave = createRoute({
  method: 'delete',
  path: '/me',
  operationId: 'leaveTeam',
  tags: ['Members'],
  summary:
    'Leave the team: membership, tokens and dashboard link are deleted; records stay in the team totals (erase them later with DELETE /v1/me/data)',
  ...asMember,
  responses: { ...okResponse, ...errorResponses(401, 409, 429, 503) },
});

const erase = createRoute({
  method: 'delete',
  path: '/me/data',
  operationId: 'eraseMyData',
  tags: ['Members'],
  summary:
    'Erase everything the server holds about the caller, and leave. Also works with the token of a member who left or was removed, or whose team was deleted. A solo admin’s team goes with them',
  ...asMemberOrFormer,
  responses: { ...okResponse, ...errorResponses(401, 409, 429, 503) },
});

const LAST_ADMIN_LEAVING =
  'No other admin of the team has a working token, so you cannot leave: make another member admin first, or delete the team (DELETE /v1/team).';
const LAST_ADMIN_ERASING =
  'No other admin of the team has a working token, so you cannot erase while the team has other members: make another member admin first, or delete the team (DELETE /v1/team).';

export function meRoutes() {
  return newRouter()
    .openapi(leave, async (c) => {
      const { teamId, memberId } = memberOf(c);
      const outcome = await exitMember(c.env.DB, teamId, memberId, 'left', Date.now());
      if (outcome === 'last_admin') throw lastAdmin(LAST_ADMIN_LEAVING);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(erase, async (c) => {
      const now = Date.now();
      const former = c.get('former');
      if (former) {
        // Gone already: erase what is left of them (nothing, when their team was deleted) and forget them.
        await eraseMember(c.env.DB, former.teamId, former.memberId, { reason: null, now });
        return c.json({ ok: true as const }, 200);
      }
      const { teamId, memberId, role } = memberOf(c);
      if (role === 'admin' && (await countMembers(c.env.DB, teamId)) === 1) {
        // Nobody would be left to run the team: it goes with its only member.
        if (await deleteTeam(c.env.DB, teamId, now, aloneIn(teamId, memberId), memberId)) {
          return c.json({ ok: true as const }, 200);
        }
        throw new HttpError(409, 'team_changed', 'Someone joined the team meanwhile; try again.');
      }
      const outcome = await eraseMember(c.env.DB, teamId, memberId, { reason: null, now });
      // 'not_found': removed meanwhile, and erased all the same.
      if (outcome === 'last_admin') throw lastAdmin(LAST_ADMIN_ERASING);
      return c.json({ ok: true as const }, 200);
    });
}
