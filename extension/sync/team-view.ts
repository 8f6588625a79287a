import {
  CatalogueSchema,
  DashboardLinkSchema,
  type Leaderboard,
  LeaderboardSchema,
} from '../../shared/api/leaderboard';
import { TeamRecommendationSchema, TeamSummarySchema } from '../../shared/api/team-summary';
import { z } from '../../shared/zod';
import { TEAM_VIEW_KEY } from '../db/core/rows';
import type { ToilDb } from '../db/dexie/schema';
import { callServer, type Fetch } from './http';
import { readSyncState, type SyncState } from './state';

/** The team's leaderboard and chore names as last fetched: the popup shows them at once, even offline. */
export type TeamView = {
  leaderboard: Leaderboard;
  catalogue: string[];
  fetchedAt: number;
  /** The member's read-only link to the team dashboard page on the team server, when it gave one. */
  dashboardUrl?: string;
  /** The team dashboard's headline figures (GET /v1/team/summary), when the server gave them. */
  headline?: TeamHeadline;
};

// Only what the Team view shows of the summary, read leniently (a newer server's fields are dropped).
const { week, headline } = TeamSummarySchema.shape;
const HeadlineAnswer = z.object({
  week: z.object(week.shape),
  headline: z.object(headline.shape),
  recommendation: z.object(TeamRecommendationSchema.shape).nullable(),
});
export type TeamHeadline = z.output<typeof HeadlineAnswer>;

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
  const [leaderboard, catalogue, dashboardUrl, headline] = await Promise.all([
    callServer(fetcher, `${state.server}/v1/leaderboard`, { token: state.token }, LeaderboardSchema),
    callServer(fetcher, `${state.server}/v1/catalogue`, { token: state.token }, CatalogueSchema),
    fetchDashboardUrl(fetcher, state),
    // Optional, as the dashboard link: a server without the summary still gives the leaderboard.
    callServer(fetcher, `${state.server}/v1/team/summary`, { token: state.token }, HeadlineAnswer).catch(
      () => undefined,
    ),
  ]);
  const view: TeamView = {
    leaderboard,
    catalogue: catalogue.chores.map((c) => c.name),
    fetchedAt: now,
    ...(dashboardUrl ? { dashboardUrl } : {}),
    ...(headline ? { headline } : {}),
  };
  await db.kv.put({ key: TEAM_VIEW_KEY, value: view });
  return view;
}

/**
 * The member's dashboard link, asked again at each refresh (the server answers the same URL until an
 * admin revokes it, then a new one). Optional: a server without the route still gives the leaderboard.
 */
async function fetchDashboardUrl(fetcher: Fetch, state: SyncState): Promise<string | undefined> {
  const init = { method: 'POST', token: state.token };
  return callServer(fetcher, `${state.server}/v1/dashboard-link`, init, DashboardLinkSchema).then(
    (link) => dashboardUrlOn(state.server, link.url),
    () => undefined,
  );
}

const DASHBOARD_PATH = /^\/dashboard\/[A-Za-z0-9_-]{20,100}$/;

/**
 * The URL when it is a dashboard page on the team server's own origin, else undefined: whatever a server
 * (or a tampered cache) answers, the extension links nowhere else (no other site, no javascript: URL).
 */
export function dashboardUrlOn(server: string, url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url) || !URL.canParse(server)) return undefined;
  const target = new URL(url);
  const home = new URL(server);
  const web = target.protocol === 'https:' || target.protocol === 'http:';
  const plain = !target.username && !target.password && !target.search && !target.hash;
  return web && plain && target.origin === home.origin && DASHBOARD_PATH.test(target.pathname)
    ? target.href
    : undefined;
}

/** Team chore names matching what the user types (by the shared key), offered when logging a new chore. */
export function catalogueMatches(view: TeamView | undefined, key: string, limit = 5): string[] {
  if (!view || !key) return [];
  return view.catalogue.filter((name) => name.toLocaleLowerCase('en-US').includes(key)).slice(0, limit);
}
