import { CatalogueSchema, type Leaderboard, LeaderboardSchema } from '../../shared/api/leaderboard';
import type { ToilDb } from '../db/schema';
import { callServer, type Fetch } from './http';
import { readSyncState } from './state';

/** The team's leaderboard and chore names as last fetched: the popup shows them at once, even offline. */
export type TeamView = { leaderboard: Leaderboard; catalogue: string[]; fetchedAt: number };

export const TEAM_VIEW_KEY = 'team-view';

export async function readTeamView(db: ToilDb): Promise<TeamView | undefined> {
  return (await db.kv.get(TEAM_VIEW_KEY))?.value as TeamView | undefined;
}

/** Fetches this week's team leaderboard and the team catalogue, and keeps them for the next look. */
export async function refreshTeamView(
  db: ToilDb,
  fetcher: Fetch = (input, init) => globalThis.fetch(input, init),
  now = Date.now(),
): Promise<TeamView | undefined> {
  const state = await readSyncState(db);
  if (!state || state.paused) return undefined;
  const [leaderboard, catalogue] = await Promise.all([
    callServer(fetcher, `${state.server}/v1/leaderboard`, { token: state.token }, LeaderboardSchema),
    callServer(fetcher, `${state.server}/v1/catalogue`, { token: state.token }, CatalogueSchema),
  ]);
  const view: TeamView = {
    leaderboard,
    catalogue: catalogue.chores.map((c) => c.name),
    fetchedAt: now,
  };
  await db.kv.put({ key: TEAM_VIEW_KEY, value: view });
  return view;
}

/** Team chore names matching what the user types (by the shared key), offered when logging a new chore. */
export function catalogueMatches(view: TeamView | undefined, key: string, limit = 5): string[] {
  if (!view || !key) return [];
  return view.catalogue.filter((name) => name.toLocaleLowerCase('en-US').includes(key)).slice(0, limit);
}
