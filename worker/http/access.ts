import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { requireAdmin, requireMember, requireMemberOrFormer, requireViewer } from './auth';
import { requireSetupSecret } from './setup-secret';

type Access = { security: Record<string, string[]>[]; middleware: MiddlewareHandler<AppEnv> };

/**
 * Who may call a route: the middleware that enforces it and the OpenAPI security that documents it, as
 * one value spread into createRoute(), so the document cannot say one thing while the route does another.
 * The schemes are registered in worker/openapi.ts.
 */
export const asMember: Access = { security: [{ memberToken: [] }], middleware: requireMember };

export const asAdmin: Access = { security: [{ adminToken: [] }], middleware: requireAdmin };

/** Members, admins, and a dashboard link's token (read-only team views). */
export const asViewer: Access = {
  security: [{ memberToken: [] }, { viewLink: [] }],
  middleware: requireViewer,
};

/** A member, or the token of a member who left or was removed or whose team was deleted. */
export const asMemberOrFormer: Access = {
  security: [{ memberToken: [] }],
  middleware: requireMemberOrFormer,
};

export const withSetupSecret: Access = { security: [{ setupSecret: [] }], middleware: requireSetupSecret };

/** No credentials: the operation is public (health, joining with an invite code, the dashboard page). */
export const asAnyone: Pick<Access, 'security'> = { security: [] };
