import { HttpError } from './http-error';

/** What one team can make the server hold; set in wrangler.jsonc `vars` (generous for honest use). */
export type Limits = { membersPerTeam: number; openInvitesPerTeam: number; viewLinksPerTeam: number };

export const DEFAULT_LIMITS: Limits = { membersPerTeam: 200, openInvitesPerTeam: 100, viewLinksPerTeam: 100 };

/** A var that is not a positive whole number (unset, or mistyped in the dashboard) keeps the default. */
const whole = (value: unknown, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function limitsOf(env: Env): Limits {
  return {
    membersPerTeam: whole(env.MAX_MEMBERS_PER_TEAM, DEFAULT_LIMITS.membersPerTeam),
    openInvitesPerTeam: whole(env.MAX_OPEN_INVITES_PER_TEAM, DEFAULT_LIMITS.openInvitesPerTeam),
    viewLinksPerTeam: whole(env.MAX_VIEW_LINKS_PER_TEAM, DEFAULT_LIMITS.viewLinksPerTeam),
  };
}

/** Over a limit: 409 with what the limit is; nothing was written. */
export const limitReached = (message: string, code = 'limit_reached') => new HttpError(409, code, message);
