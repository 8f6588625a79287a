import type { GoneReason } from '../../shared/api/errors';

/** shared/api/errors.ts holds GONE_REASONS next to zod; importing it would bring zod to the background. */
export const GONE: readonly GoneReason[] = ['removed', 'left', 'team_deleted'];

/** Shown when the server refuses the token without saying why (revoked): the member may join again. */
export const REJOIN_MESSAGE =
  'The server no longer accepts this device (removed from the team, or the team was left). Sync is paused; every entry is still here. Join again to resume.';

export const isGone = (code: string | undefined): code is GoneReason =>
  GONE.some((reason) => reason === code);

/** What the popup and the full page say when the server told this device its member is gone. */
export function goneMessage(reason: GoneReason, team: string): string {
  const what = {
    removed: `An admin removed you from ${team}.`,
    left: `You left ${team} from another browser.`,
    team_deleted: `An admin deleted the team ${team}.`,
  }[reason];
  // The popup and the full page follow it with "Join another team" (a link, or the join form).
  return `${what} Everything you logged is still here, and nothing is sent any more.`;
}
