import type { TeamView } from '../../sync/team-view';
import { TEAM_CHORE_NAMES } from '../log/NewChoreLine';

/**
 * The team catalogue's chore names, offered by the browser as the user types a new chore, so that
 * everyone's "rotate TLS cert" is one chore on the team leaderboard (same normalised key).
 */
export function TeamChoreNames({ view }: { view: TeamView | undefined }) {
  return (
    <datalist id={TEAM_CHORE_NAMES}>
      {(view?.catalogue ?? []).map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
