import type { Catalogue } from '../../shared/api/leaderboard';
import { DEFAULT_LIMITS } from './limits';
import type { TeamRow } from './teams';
import { peopleThisMonth, shownTo } from './visible-keys';

/**
 * The team's chores by key, so members can pick the same chore and the leaderboard merges them: the
 * most shared first, at most `page` of them, and how many there are. Under the team's minPeople rule
 * exactly as the leaderboard applies it (visible-keys.ts): with minPeople above 1, a key is listed only
 * while enough people report it, so no member's own chore name is readable here either.
 */
export async function catalogue(
  db: D1Database,
  team: TeamRow,
  now = Date.now(),
  page = DEFAULT_LIMITS.cataloguePage,
): Promise<Catalogue> {
  const { results } = await db
    .prepare('SELECT key, name, status, people FROM chore_keys WHERE team_id = ? ORDER BY people DESC, key')
    .bind(team.id)
    .all<Catalogue['chores'][number]>();
  const shown = team.min_people > 1 ? shownTo(await peopleThisMonth(db, team, now), team.min_people) : null;
  const listed = shown ? results.filter((c) => shown(c.key)) : results;
  return { chores: listed.slice(0, page), total: listed.length };
}
