import { userMessage } from '../../../lib/user-message';
import { RejectedError } from '../../../sync/http';

/**
 * What an admin screen says when the server refuses: its stable code as a plain sentence (the server's own
 * messages name API calls and headers, written for curl). Anything else speaks as elsewhere (offline,
 * limits, the server's validation messages).
 */
export function adminMessage(error: unknown): string {
  if (!(error instanceof RejectedError)) return userMessage(error);
  const said = {
    setup_token_required:
      'That setup secret is not this server’s. It is SETUP_TOKEN in the server’s worker/.dev.vars, or the one `npm run deploy` printed. Nothing was created.',
    setup_disabled:
      'This server has no setup secret, so it creates no teams. Its operator has to set one first (npm run deploy makes one).',
    last_admin:
      'The team must keep an admin with a working token: make another member admin first. Nothing was changed.',
    use_leave: 'To leave the team yourself, use “Leave team” above.',
    confirmation_mismatch: 'That is not the team’s name, exactly; nothing was deleted.',
    not_found: 'It is gone already (another admin may have removed it). The list is now up to date.',
    forbidden: 'Only a team admin can do this; you are no longer one.',
  }[error.code ?? ''];
  // Limits name the deployment variable that sets them: of use to an operator, noise to a lead.
  return said ?? error.message.replace(/ \([A-Z_]+\)/g, '');
}
