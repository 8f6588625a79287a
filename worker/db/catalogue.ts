import type { Catalogue } from '../../shared/api/leaderboard';

/** The team's chores by key, so members can pick the same chore and the leaderboard merges them. */
export async function catalogue(db: D1Database, teamId: string): Promise<Catalogue> {
  const { results } = await db
    .prepare('SELECT key, name, status, people FROM chore_keys WHERE team_id = ? ORDER BY key')
    .bind(teamId)
    .all<Catalogue['chores'][number]>();
  return { chores: results };
}
