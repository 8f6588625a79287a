import type { Catalogue } from '../../shared/api/leaderboard';
import { weekWindow } from '../../shared/weeks';
import { DEFAULT_LIMITS } from './limits';
import type { TotalRow } from './rank-team';
import { WEEK_TOTALS_SQL } from './read-queries';
import type { TeamRow } from './teams';
import { PEOPLE_WEEKS, recentPeople, shownTo } from './visible-keys';

type Listed = Catalogue['chores'][number];

const LISTED = 'SELECT key, name, status, people FROM chore_keys';

/** One page of the team's keys, the most shared first: the chore_keys_shared index, in order. */
const PAGE_SQL = `${LISTED} WHERE team_id = ?1 ORDER BY people DESC, key LIMIT ?2`;

/** The team's keys logged since the week starting at ?2, the most shared first (chore_keys_recent). */
const RECENT_SQL = `${LISTED} WHERE team_id = ?1 AND last_week >= ?2 ORDER BY people DESC, key`;

/**
 * The team's chores by key, so members can pick the same chore and the leaderboard merges them: the
 * most shared first, at most `page` of them, and how many there are. Under the team's minPeople rule
 * exactly as the leaderboard applies it (visible-keys.ts): with minPeople above 1, a key is listed only
 * while enough people report it, so no member's own chore name is readable here either.
 *
 * What it reads is bounded by what it may show, never every name of the team: with minPeople 1, one page
 * in index order, the total being the team's count of keys (its row, read with the caller's token); above
 * 1, in one batch, the rollup rows of the weeks the rule looks at and the keys logged since.
 */
export async function catalogue(
  db: D1Database,
  team: TeamRow,
  now = Date.now(),
  page = DEFAULT_LIMITS.cataloguePage,
): Promise<Catalogue> {
  if (team.min_people <= 1) {
    const { results } = await db.prepare(PAGE_SQL).bind(team.id, page).all<Listed>();
    return { chores: results, total: team.chore_key_count };
  }
  const bounds = weekWindow(now, PEOPLE_WEEKS - 1, team.time_zone, team.week_starts_on);
  const from = bounds[0] ?? now;
  const [totals, keys] = await db.batch<TotalRow | Listed>([
    db.prepare(WEEK_TOTALS_SQL).bind(team.id, from, bounds.at(-1) ?? now),
    db.prepare(RECENT_SQL).bind(team.id, from),
  ]);
  const shown = shownTo(recentPeople((totals?.results ?? []) as TotalRow[], bounds), team.min_people);
  const listed = ((keys?.results ?? []) as Listed[]).filter((c) => shown(c.key));
  return { chores: listed.slice(0, page), total: listed.length };
}
