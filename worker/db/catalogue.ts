import type { Catalogue } from '../../shared/api/leaderboard';

/**
 * The team's chores by key, so members can pick the same chore and the leaderboard merges them. Keys
 * fewer members have than the team's minPeople are left out, as on the leaderboard: the catalogue must
 * not show one member's own chore.
 */
export async function catalogue(db: D1Database, teamId: string): Promise<Catalogue> {
  const { results } = await db
    .prepare(
      `SELECT key, name, status, people FROM chore_keys
       WHERE team_id = ?1 AND people >= (SELECT min_people FROM teams WHERE id = ?1) ORDER BY key`,
    )
    .bind(teamId)
    .all<Catalogue['chores'][number]>();
  return { chores: results };
}
